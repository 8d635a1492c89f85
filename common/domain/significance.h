// Is a change in registered counts more than chance? Counts of offences are
// Poisson; conditional on their sum, the later count is binomial with a
// success probability set by the two exposures (denominators). An exact
// two-sided binomial test on that gives the p-value.
#pragma once

#include <cstdint>

namespace veilig {

struct SignificanceResult {
  double p_value = 1.0;
  // p < 0.05: the change is beyond chance at the 95% level.
  bool beyond_chance = false;
};

// `before` registered over exposure `exposure_before`, `after` over
// `exposure_after` (e.g. inhabitants; use equal exposures when unknown).
SignificanceResult PoissonChangeTest(int64_t before, double exposure_before, int64_t after,
                                     double exposure_after);

}  // namespace veilig
