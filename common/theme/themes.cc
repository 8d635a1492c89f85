#include "common/theme/themes.h"

#include "common/domain/theme_services.h"

namespace veilig::theme {

const std::vector<ThemeInfo>& AllThemes() {
  static const std::vector<ThemeInfo> kThemes = {
      {common::v1::THEME_GENERAL, "algemeen", "Algemene ontwikkeling", "veilige-wijken"},
      {common::v1::THEME_VEILIGE_WIJKEN, "veilige_wijken", "Veilige wijken", "veilige-wijken"},
      {common::v1::THEME_ONDERMIJNING, "ondermijning",
       "Ondermijning en georganiseerde criminaliteit", "ondermijning"},
      {common::v1::THEME_ZORG_VEILIGHEID, "zorg_veiligheid", "Zorg en veiligheid",
       "zorg-veiligheid"},
      {common::v1::THEME_CRISISBEHEERSING, "crisisbeheersing",
       "Rampenbestrijding en crisisbeheersing", "crisisbeheersing"},
  };
  return kThemes;
}

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
  return {kThemeServiceNames.begin(), kThemeServiceNames.end()};
}

}  // namespace veilig::theme
