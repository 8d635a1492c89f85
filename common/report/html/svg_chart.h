// The chart of an indicator as inline SVG that a reader can trust: one
// quantity on one axis (for a rate indicator the rates of the municipality and
// its comparison groups as lines; for a count indicator the municipality's
// counts as bars), round ticks from zero, every series told apart by line
// style and marker as well as colour, and a text alternative.
#pragma once

#include <string>

#include "veilig/common/v1/section.pb.h"

namespace veilig::report {

// Two <svg> elements: class "chart chart-wide" (viewBox 720 wide, direct
// labels at the line ends and a legend) and "chart chart-narrow" (360 wide,
// for phones, legend under the plot). The page's stylesheet shows one:
//   .chart-narrow{display:none}
//   @media (max-width: 40em){.chart-wide{display:none}.chart-narrow{display:block}}
// Both are as wide as their container. `id` must be unique in the page; the
// ids inside are `id` + "-wide-title", "-wide-desc", "-narrow-title",
// "-narrow-desc". Without anything to plot the result is a short Dutch
// sentence in a <p>.
std::string RenderChart(const common::v1::IndicatorBlock& block, const std::string& id);

}  // namespace veilig::report
