#include "common/domain/theme_services.h"

#include <algorithm>

namespace veilig {
namespace {

std::vector<ThemeServiceInfo>& Registry() {
  static auto* services = new std::vector<ThemeServiceInfo>();
  return *services;
}

}  // namespace

void RegisterThemeService(const ThemeServiceInfo& info) {
  if (FindThemeService(info.name) != nullptr) return;
  auto& services = Registry();
  services.push_back(info);
  std::stable_sort(services.begin(), services.end(),
                   [](const ThemeServiceInfo& a, const ThemeServiceInfo& b) {
                     return a.plan_order < b.plan_order;
                   });
}

const std::vector<ThemeServiceInfo>& ThemeServices() { return Registry(); }

const ThemeServiceInfo* FindThemeService(std::string_view name) {
  for (const auto& info : Registry()) {
    if (info.name == name) return &info;
  }
  return nullptr;
}

}  // namespace veilig
