// The themes of the action plan a binary knows: their import names, Dutch
// titles and the service that owns each. Common code holds the mechanism
// only; each theme registers itself with one ThemeRegistration in its own
// folder (services/core_themes.cc for the plan's four), and a binary knows
// the themes it links.
#pragma once

#include <string_view>
#include <vector>

#include "veilig/common/v1/indicator.pb.h"
#include "veilig/common/v1/section.pb.h"

namespace veilig::theme {

using common::v1::Theme;

struct ThemeInfo {
  // The plan's four use their Theme values; a theme that plugs in without a
  // change to the common contract takes a number from 100 up.
  Theme theme;
  // As written in import files and scopes: "veilige_wijken".
  std::string_view slug;
  // Dutch title in the report.
  std::string_view title;
  // The service that owns the theme's data: "veilige-wijken".
  std::string_view service;
  // Position in the report (general development first).
  int plan_order = 0;
  // The service's default gRPC and metrics ports on loopback.
  int default_port = 0;
  int default_metrics_port = 0;
  // For report versions published before sections carried tables: lays out
  // the section's typed v1 data as the service now does. Null for a theme
  // that never had typed v1 data.
  std::vector<common::v1::SectionTable> (*tables_from_v1_data)(
      const common::v1::ThemeSection& section) = nullptr;
};

// Registers a theme (and its service, see common/domain/theme_services.h).
class ThemeRegistration {
 public:
  explicit ThemeRegistration(const ThemeInfo& info);
};

// In plan order.
const std::vector<ThemeInfo>& AllThemes();

const ThemeInfo* FindTheme(Theme theme);
const ThemeInfo* FindThemeBySlug(std::string_view slug);

// The theme services, in plan order.
std::vector<std::string_view> ThemeServiceNames();

}  // namespace veilig::theme
