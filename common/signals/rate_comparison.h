// Has a rate risen beyond chance between two periods? Counts of offences are
// Poisson with a mean proportional to the exposure (inhabitants or dwellings
// times the length of the period). Three one-sided tests of "the later rate
// is higher", as the literature compares them (Gu, Ng, Tang and Schucany
// 2008): the Wald statistic, the score statistic, and the exact
// conditional test (given the sum, the later count is binomial).
#pragma once

#include <cstdint>

namespace veilig::signals {

struct PoissonRates {
  int64_t count = 0;
  // Inhabitants (or dwellings) times the period's length, in any unit the
  // other period shares.
  double exposure = 0;
};

struct RateComparison {
  // Later rate over earlier rate; infinite when only the earlier count is 0,
  // NaN when both are.
  double rate_ratio = 0;
  // (r1 - r2) / sqrt(r1/e1 + r2/e2); 0 when both counts are 0.
  double wald_z = 0;
  double wald_p = 1;
  // (y1 - y2 e1/e2) / sqrt((y1 + y2) e1/e2): the conditional binomial's
  // normal approximation; 0 when both counts are 0.
  double score_z = 0;
  double score_p = 1;
  // P(Y1 >= y1 | y1 + y2) with Y1 ~ Binomial(y1 + y2, e1 / (e1 + e2)).
  double exact_p = 1;
};

// One-sided tests of later > earlier. Exposures must be positive; counts not
// negative (else every statistic is left at its neutral value).
RateComparison CompareRates(const PoissonRates& later, const PoissonRates& earlier);

}  // namespace veilig::signals
