// Wiring of a theme server: options, storage, migrations, ThemeService and the
// common runtime. A theme's main() only says which theme it is.
#pragma once

#include <string>

#include "common/theme/theme_extension.h"
#include "common/theme/theme_service_impl.h"

namespace veilig::theme {

struct ThemeServerSpec {
  // Service name, also the default database file name: "veilige-wijken";
  // its default ports are the registered ones (common/domain/theme_services.h).
  std::string name;
  ThemeOwnership ownership;
  // The theme's own tables, API and section data; may be null.
  ThemeExtensionFactory extension = nullptr;
};

// Runs the server until SIGTERM/SIGINT; returns the process exit code.
int RunThemeServer(int argc, char** argv, const ThemeServerSpec& spec);

}  // namespace veilig::theme
