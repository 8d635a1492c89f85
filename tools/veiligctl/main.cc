// veiligctl: the command-line client of Veilig.
#include <cstring>
#include <iostream>

#include "tools/veiligctl/commands.h"

namespace {

constexpr char kUsage[] = R"(Usage: veiligctl COMMAND [OPTIONS]

Commands:
  import DIR|FILE
                 load a directory of CSV files (worked-example format), a police open-data
                 table (streamed in acknowledged batches; a rerun resumes) or a StatLine export
  import-statline FILE
                 load a StatLine table export (police/CBS open data) into its indicator
  report         print the progress report (text, md, json, html or pdf; draft or a version)
  publish        publish the current draft as the next version
  diff           list what differs between two versions (0 = the draft)
  health         show whether the gateway and the four theme services are serving
  token          make a bearer token signed with the local secret (--role=...)
  audit          list the audit trail of every server (admins)
  list WHAT      list a theme service's registers: measures, cases, registers,
                 incidents, pools or events

Run 'veiligctl COMMAND --help' for the options of a command.
)";

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2 || std::strcmp(argv[1], "--help") == 0 || std::strcmp(argv[1], "-h") == 0) {
    std::cout << kUsage;
    return argc < 2 ? 2 : 0;
  }
  const std::string command = argv[1];
  // The sub-command sees itself as argv[0].
  if (command == "import") return veilig::ctl::RunImport(argc - 1, argv + 1);
  if (command == "import-statline") return veilig::ctl::RunImportStatLine(argc - 1, argv + 1);
  if (command == "report") return veilig::ctl::RunReport(argc - 1, argv + 1);
  if (command == "health") return veilig::ctl::RunHealth(argc - 1, argv + 1);
  if (command == "list") return veilig::ctl::RunList(argc - 1, argv + 1);
  if (command == "publish") return veilig::ctl::RunPublish(argc - 1, argv + 1);
  if (command == "token") return veilig::ctl::RunToken(argc - 1, argv + 1);
  if (command == "audit") return veilig::ctl::RunAudit(argc - 1, argv + 1);
  if (command == "diff") return veilig::ctl::RunDiff(argc - 1, argv + 1);
  std::cerr << "veiligctl: unknown command '" << command << "'\n\n" << kUsage;
  return 2;
}
