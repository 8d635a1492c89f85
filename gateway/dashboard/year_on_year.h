// An area's latest half year against the same half a year earlier, in one
// Dutch sentence; a rise comes with the chance of one at least as large
// arising by chance alone (the exact conditional test of two Poisson rates,
// docs/signals.md). One comparison on its own: the signals page is where
// every area is judged together.
#pragma once

#include <optional>
#include <string>

#include "veilig/common/v1/section.pb.h"

namespace veilig::gateway {

// Nothing when either half year lacks a whole count.
std::optional<std::string> YearOnYearSentence(const common::v1::AreaSeries& half_years);

}  // namespace veilig::gateway
