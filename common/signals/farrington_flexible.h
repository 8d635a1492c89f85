// The Farrington method's prediction (Farrington et al. 1996, with the
// improvements of Noufaily et al. 2012 as in R's
// surveillance::farringtonFlexible): what count a month should have, from
// the same months of the past years (plus and minus a window), by a
// quasi-Poisson regression with a linear trend kept only where it is
// significant and past outbreaks down-weighted. The alarm limit then
// follows from FarringtonThreshold.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "common/signals/farrington_threshold.h"

namespace veilig::signals {

struct FarringtonParameters {
  // Years of history (b) and months either side of the same month (w).
  int years_back = 3;
  int window = 3;
  // Keep a linear trend when its p-value is below this and its prediction
  // is not above the highest reference count; never with fewer than three
  // years of history.
  bool trend = true;
  double trend_p_threshold = 0.05;
  // Reference counts whose Anscombe residual exceeds this are down-weighted
  // (past outbreaks); Noufaily's 2.58.
  double reweight_threshold = 2.58;
  // One-sided level of the limit, and how the limit is found.
  double alpha = 0.05;
  ThresholdMethod threshold_method = ThresholdMethod::kNegativeBinomial;
  // No alarm unless at least this many counts in the last `recent_months`
  // months (this one included): "5 in 4" keeps one-off small numbers quiet.
  int64_t min_recent_count = 5;
  int recent_months = 4;
  // Fewer reference counts than this give no prediction.
  int min_reference_counts = 6;
};

struct FarringtonResult {
  Prediction prediction;
  Threshold threshold;
  bool trend_used = false;
  int reference_counts = 0;
  // The recent counts were too few for an alarm ("5 in 4").
  bool too_few_recent = false;
  bool alarm = false;
};

// An area's counts per month, index 0 the oldest; a missing month is
// nullopt.
struct MonthlySeries {
  std::vector<std::optional<int64_t>> counts;
  // What each count is relative to, as farringtonFlexible's population
  // offset: inhabitants, or the whole municipality's count of the month (the
  // area's share of it). Empty: none; a month without one is left out.
  std::vector<std::optional<double>> exposures;
};

// The judgement of month `month`. Nothing when the history is too short or
// all zero.
std::optional<FarringtonResult> JudgeMonth(const MonthlySeries& series, size_t month,
                                           const FarringtonParameters& parameters);
std::optional<FarringtonResult> JudgeMonth(const std::vector<std::optional<int64_t>>& counts,
                                           size_t month, const FarringtonParameters& parameters);

// A fitted log-linear Poisson model, log mu = log e + b0 + b1 (t - centre)
// (b1 = 0 without trend, e the exposure where there is one), with its
// dispersion and the coefficients' covariance.
// Time is centred on the observations' mean to keep the fit well
// conditioned.
struct PoissonFit {
  double centre = 0;
  double intercept = 0;
  double slope = 0;
  bool has_slope = false;
  double dispersion = 1;
  // Of (b0, b1): (X'WX)^-1, times the dispersion once it is known.
  double var_intercept = 0;
  double covariance = 0;
  double var_slope = 0;
  // Leverage of each observation.
  std::vector<double> leverage;

  // Per unit of exposure.
  double Mean(double t) const;
  // Variance of log mu at t.
  double LinkVariance(double t) const;
};

// Iteratively reweighted least squares; `weights` (all 1) and
// `log_offsets` (all 0) may be empty.
std::optional<PoissonFit> FitPoisson(const std::vector<double>& times,
                                     const std::vector<double>& counts,
                                     const std::vector<double>& weights, bool with_slope,
                                     const std::vector<double>& log_offsets = {});

}  // namespace veilig::signals
