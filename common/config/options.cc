#include "common/config/options.h"

#include <iostream>

#include "absl/strings/ascii.h"
#include "absl/strings/str_replace.h"

namespace veilig::config {

ParseOutcome ParseOptions(int argc, char** argv, const po::options_description& options,
                          const std::string& program, const std::string& summary,
                          const po::positional_options_description* positional) {
  po::options_description all(program + " options");
  all.add_options()("help,h", "show this help and exit");
  all.add(options);

  po::variables_map values;
  try {
    po::command_line_parser parser(argc, argv);
    parser.options(all);
    if (positional != nullptr) parser.positional(*positional);
    po::store(parser.run(), values);
    // Only names of known options are taken from the environment, so an
    // unrelated VEILIG_* variable is never an error.
    po::store(po::parse_environment(all,
                                    [&all](const std::string& env) -> std::string {
                                      if (!env.starts_with("VEILIG_")) return "";
                                      std::string name = absl::AsciiStrToLower(
                                          absl::StrReplaceAll(env.substr(7), {{"_", "-"}}));
                                      return all.find_nothrow(name, false) ? name : "";
                                    }),
              values);
    if (values.count("help")) {
      std::cout << summary << "\n\n"
                << all << "\nEvery option can also be set in the environment"
                << " as VEILIG_<OPTION> (e.g. --metrics-port as VEILIG_METRICS_PORT).\n";
      return ParseOutcome::kExitOk;
    }
    po::notify(values);
  } catch (const po::error& e) {
    std::cerr << program << ": " << e.what() << "\nTry '" << program << " --help'.\n";
    return ParseOutcome::kExitUsage;
  }
  return ParseOutcome::kRun;
}

}  // namespace veilig::config
