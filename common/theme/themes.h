// The themes of the action plan: their import names, Dutch titles and the
// service that owns each. The one table every binary uses to route data.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "veilig/common/v1/indicator.pb.h"

namespace veilig::theme {

using common::v1::Theme;

struct ThemeInfo {
  Theme theme;
  // As written in import files and scopes: "veilige_wijken".
  std::string_view slug;
  // Dutch title in the report.
  std::string_view title;
  // The service that owns the theme's data: "veilige-wijken".
  std::string_view service;
};

// The four themes in plan order, preceded by general development (owned by
// veilige-wijken, which holds the city's total registered crime).
const std::vector<ThemeInfo>& AllThemes();

const ThemeInfo* FindTheme(Theme theme);
const ThemeInfo* FindThemeBySlug(std::string_view slug);

// The four theme services, in plan order.
std::vector<std::string_view> ThemeServiceNames();

}  // namespace veilig::theme
