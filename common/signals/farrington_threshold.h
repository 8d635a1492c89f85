// The alarm threshold of the Farrington method (Farrington et al. 1996; in
// its improved form, Noufaily et al. 2012): from the expected count of a
// month, predicted from the area's own history, its standard error and the
// overdispersion, the upper limit beyond which the observed count is an
// alarm. As R's surveillance::algo.farrington.threshold.
#pragma once

#include <cstdint>

namespace veilig::signals {

// How the limit is found: on a transformed scale where the count is close
// to normal, or (Noufaily) as a quantile of the negative binomial with the
// predicted mean and dispersion.
enum class ThresholdMethod { kUntransformed, kTwoThirdsPower, kNegativeBinomial };

struct Prediction {
  // Expected count (mu0), > 0.
  double mean = 0;
  // Standard error of the expected count, on the count scale.
  double standard_error = 0;
  // Overdispersion phi, >= 1 for a quasi-Poisson fit (1: Poisson).
  double dispersion = 1;
};

struct Threshold {
  double lower = 0;
  double upper = 0;
  // Probability of a count at least this high under the prediction.
  double p_value = 1;
  // (y - mu0) / (upper - mu0): 1 or more is an alarm.
  double score = 0;
  bool alarm = false;
};

// `alpha` is one-sided, e.g. 0.05 for the upper 95% limit.
Threshold FarringtonThreshold(const Prediction& prediction, int64_t observed, double alpha,
                              ThresholdMethod method = ThresholdMethod::kTwoThirdsPower);

}  // namespace veilig::signals
