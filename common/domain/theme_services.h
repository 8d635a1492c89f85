// The theme services a binary knows: the names of their binaries, backend
// options and editor roles, and their default ports. Each theme registers
// itself (theme::ThemeRegistration, common/theme/themes.h) while the program
// starts, before any thread runs; afterwards the list only is read.
#pragma once

#include <string_view>
#include <vector>

namespace veilig {

struct ThemeServiceInfo {
  // "veilige-wijken".
  std::string_view name;
  // Position in the report; services are listed in this order.
  int plan_order = 0;
  // gRPC and metrics ports on loopback, the defaults of the service itself
  // and of its clients' --<name>-address.
  int default_port = 0;
  int default_metrics_port = 0;
};

// A second registration of a name is ignored.
void RegisterThemeService(const ThemeServiceInfo& info);
// In plan order.
const std::vector<ThemeServiceInfo>& ThemeServices();
const ThemeServiceInfo* FindThemeService(std::string_view name);

}  // namespace veilig
