#include "common/theme/themes.h"

#include <algorithm>

#include "common/domain/theme_services.h"

namespace veilig::theme {
namespace {

std::vector<ThemeInfo>& Registry() {
  static auto* themes = new std::vector<ThemeInfo>();
  return *themes;
}

}  // namespace

ThemeRegistration::ThemeRegistration(const ThemeInfo& info) {
  auto& themes = Registry();
  themes.push_back(info);
  std::stable_sort(themes.begin(), themes.end(), [](const ThemeInfo& a, const ThemeInfo& b) {
    return a.plan_order < b.plan_order;
  });
  RegisterThemeService({.name = info.service,
                        .plan_order = info.plan_order,
                        .default_port = info.default_port,
                        .default_metrics_port = info.default_metrics_port});
}

const std::vector<ThemeInfo>& AllThemes() { return Registry(); }

const ThemeInfo* FindTheme(Theme theme) {
  for (const auto& info : AllThemes()) {
    if (info.theme == theme) return &info;
  }
  return nullptr;
}

const ThemeInfo* FindThemeBySlug(std::string_view slug) {
  for (const auto& info : AllThemes()) {
    if (info.slug == slug) return &info;
  }
  return nullptr;
}

std::vector<std::string_view> ThemeServiceNames() {
  std::vector<std::string_view> names;
  for (const auto& service : ThemeServices()) names.push_back(service.name);
  return names;
}

}  // namespace veilig::theme
