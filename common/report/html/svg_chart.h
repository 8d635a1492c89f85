// The chart of an indicator as the printed report draws it, as inline SVG:
// bars for the municipality's counts over the last five half years and lines
// for the rates per 1,000 of the municipality and its comparison groups,
// with axes, labels, a legend and a text alternative.
#pragma once

#include <string>

#include "veilig/common/v1/section.pb.h"

namespace veilig::report {

// `id` must be unique in the page (it names the title and description).
std::string RenderChart(const common::v1::IndicatorBlock& block, const std::string& id);

}  // namespace veilig::report
