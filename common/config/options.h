// Command-line options with VEILIG_* environment fallbacks, shared by every
// binary: `--metrics-port=9461` on the command line, or VEILIG_METRICS_PORT in
// the environment (the command line wins). Built on Boost.Program_options.
#pragma once

#include <boost/program_options.hpp>
#include <optional>
#include <string>

namespace veilig::config {

namespace po = boost::program_options;

enum class ParseOutcome { kRun, kExitOk, kExitUsage };

// Parses argv, then the environment (VEILIG_<OPTION_NAME>, dashes as
// underscores, upper case). Prints --help or a clear error itself.
// `positional` (optional) maps bare arguments to option names.
ParseOutcome ParseOptions(int argc, char** argv, const po::options_description& options,
                          const std::string& program, const std::string& summary,
                          const po::positional_options_description* positional = nullptr);

// For main(): nothing when the program should run, else the exit code
// (0 after --help, 2 after a usage error).
inline std::optional<int> ExitCodeIfNotRunning(ParseOutcome outcome) {
  switch (outcome) {
    case ParseOutcome::kRun:
      return std::nullopt;
    case ParseOutcome::kExitOk:
      return 0;
    case ParseOutcome::kExitUsage:
      return 2;
  }
  return 2;
}

}  // namespace veilig::config
