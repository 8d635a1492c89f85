// Wiring of a theme server: options, storage, migrations, ThemeService and the
// common runtime. A theme's main() only says which theme it is.
#pragma once

#include <string>

#include "common/theme/theme_extension.h"
#include "common/theme/theme_service_impl.h"

namespace veilig::theme {

struct ThemeServerSpec {
  // Service name, also the default database file name: "veilige-wijken".
  std::string name;
  ThemeOwnership ownership;
  int default_port = 0;
  int default_metrics_port = 0;
  // The theme's own tables, API and section data; may be null.
  ThemeExtensionFactory extension = nullptr;
};

// Runs the server until SIGTERM/SIGINT; returns the process exit code.
int RunThemeServer(int argc, char** argv, const ThemeServerSpec& spec);

}  // namespace veilig::theme
