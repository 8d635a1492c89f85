// The classes of a choropleth: at most five of about equally many areas
// (quantiles), bounded by values that occur, each with a fill from a
// sequential palette that readers with any common colour-vision deficiency
// tell apart by lightness (ColorBrewer PuBu). A map never carries a value by
// colour alone: each area's <title> and the table under the map say it.
#pragma once

#include <vector>

#include "veilig/report/v1/dashboard.pb.h"

namespace veilig::gateway {

inline constexpr int kMaxRateClasses = 5;

// Classes over `values` (any order); none without values.
std::vector<report::v1::RateClass> RateClassesOf(std::vector<double> values);

// The class `value` falls in (1 = lowest); 0 when there are no classes.
int ClassOf(const std::vector<report::v1::RateClass>& classes, double value);

}  // namespace veilig::gateway
