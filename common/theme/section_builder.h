// Builds a theme's section of the progress report from stored figures: per
// indicator the last five half years of the municipality and its comparison
// groups, the comparisons the report quotes, goal assessment, significance
// and series-break notes. Pure computation: no I/O, no gRPC.
#pragma once

#include <optional>
#include <set>
#include <string>

#include "common/domain/period.h"
#include "common/theme/section_input.h"
#include "veilig/common/v1/section.pb.h"

namespace veilig::theme {

struct SectionRequest {
  std::string municipality;
  // A half year.
  Period period = Period::HalfYear(2000, 1);
  // The theme whose title the section carries.
  common::v1::Theme theme = common::v1::THEME_UNSPECIFIED;
  // All themes whose indicators the service owns (may include THEME_GENERAL).
  std::set<common::v1::Theme> themes;
};

// How many half years every series shows.
inline constexpr int kSeriesLength = 5;

common::v1::ThemeSection BuildSection(const SectionInput& input, const SectionRequest& request);

// The earliest year a section for `period` needs figures of: the start of its
// series, or the plan's baseline year if that lies further back.
int FirstYearNeeded(std::optional<int> baseline_year, const Period& period);

}  // namespace veilig::theme
