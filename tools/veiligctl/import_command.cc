// veiligctl import DIR: sends each file's rows to the service that owns them.
// Every step is validated by its service first (validate_only), so a bad row
// anywhere writes nothing anywhere; importing again is harmless because every
// write is an upsert by natural key.
#include <iostream>

#include "common/domain/strings.h"
#include "tools/veiligctl/call_options.h"
#include "tools/veiligctl/commands.h"
#include "tools/veiligctl/import_steps.h"

namespace veilig::ctl {

int RunImport(int argc, char** argv) {
  CallOptions call;
  std::string directory;
  config::po::options_description description;
  description.add_options()("dir", config::po::value(&directory)->required(),
                            "directory with the CSV files");
  call.AddTo(description);
  config::po::positional_options_description positional;
  positional.add("dir", 1);
  if (auto exit_code = config::ExitCodeIfNotRunning(
          config::ParseOptions(argc, argv, description, "veiligctl import",
                               "Usage: veiligctl import DIR [OPTIONS]\n"
                               "Loads a directory in the worked-example format into the services.",
                               &positional))) {
    return *exit_code;
  }

  auto steps = PlanImportSteps(directory, call);
  if (!steps.ok()) {
    std::cerr << "veiligctl import: " << steps.status().message() << "\nNothing was imported.\n";
    return 1;
  }
  for (auto& step : *steps) {
    auto checked = step.send(true);
    if (!checked.ok()) {
      std::cerr << "veiligctl import: " << step.service
                << " rejected the data: " << step.locate(View(checked.status().message()))
                << "\nNothing was imported.\n";
      return 1;
    }
  }
  bool written = false;
  for (auto& step : *steps) {
    auto summary = step.send(false);
    if (!summary.ok()) {
      std::cerr << "veiligctl import: " << step.service
                << " failed: " << step.locate(View(summary.status().message())) << "\n"
                << (written ? "Part of the data was written; run the same import again to "
                              "complete it (it is safe to repeat)."
                            : "Nothing was imported.")
                << "\n";
      return 1;
    }
    written = true;
    std::cout << step.service << ": " << *summary << "\n";
  }
  std::cout << "import complete\n";
  return 0;
}

}  // namespace veilig::ctl
