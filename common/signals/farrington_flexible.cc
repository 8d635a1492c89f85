#include "common/signals/farrington_flexible.h"

#include <algorithm>
#include <boost/math/distributions/normal.hpp>
#include <cmath>
#include <numeric>

namespace veilig::signals {
namespace {

constexpr int kMaxIterations = 100;
constexpr double kConvergence = 1e-10;
constexpr int kMonthsPerYear = 12;
// farringtonFlexible fits a trend only with b >= 3.
constexpr int kMinYearsForTrend = 3;

struct Reference {
  std::vector<double> times;
  std::vector<double> counts;
  // log exposure; empty without exposures.
  std::vector<double> offsets;

  double MeanAt(const PoissonFit& fit, size_t i) const {
    return fit.Mean(times[i]) * (offsets.empty() ? 1.0 : std::exp(offsets[i]));
  }
};

bool HasExposure(const MonthlySeries& series, size_t month) {
  return series.exposures.empty() ||
         (month < series.exposures.size() && series.exposures[month].value_or(0) > 0);
}

// The same months of past years, +/- the window, that are in the series
// (with their exposure, where the series has exposures).
Reference ReferenceCounts(const MonthlySeries& series, size_t month,
                          const FarringtonParameters& p) {
  const auto& counts = series.counts;
  Reference r;
  const auto target = static_cast<int64_t>(month);
  for (int year = 1; year <= p.years_back; ++year) {
    for (int d = -p.window; d <= p.window; ++d) {
      const int64_t t = target - int64_t{year} * kMonthsPerYear + d;
      if (t < 0 || t >= target) continue;
      const auto& count = counts[static_cast<size_t>(t)];
      if (!count.has_value() || !HasExposure(series, static_cast<size_t>(t))) continue;
      r.times.push_back(static_cast<double>(t));
      r.counts.push_back(static_cast<double>(*count));
      if (!series.exposures.empty()) {
        r.offsets.push_back(std::log(*series.exposures[static_cast<size_t>(t)]));
      }
    }
  }
  return r;
}

double PearsonDispersion(const PoissonFit& fit, const Reference& r,
                         const std::vector<double>& weights) {
  const size_t n = r.counts.size();
  const size_t parameters = fit.has_slope ? 2 : 1;
  if (n <= parameters) return 1.0;
  double chi2 = 0;
  for (size_t i = 0; i < n; ++i) {
    const double mu = r.MeanAt(fit, i);
    const double w = weights.empty() ? 1.0 : weights[i];
    chi2 += w * (r.counts[i] - mu) * (r.counts[i] - mu) / mu;
  }
  return std::max(1.0, chi2 / static_cast<double>(n - parameters));
}

// Anscombe residuals above the threshold are weighted by s^-2, the weights
// scaled to sum to n (Farrington et al. 1996, with Noufaily's threshold).
std::vector<double> OutbreakWeights(const PoissonFit& fit, const Reference& r, double threshold) {
  const size_t n = r.counts.size();
  std::vector<double> weights(n, 1.0);
  for (size_t i = 0; i < n; ++i) {
    const double mu = r.MeanAt(fit, i);
    const double denominator =
        std::pow(mu, 1.0 / 6.0) * std::sqrt(fit.dispersion * std::max(1e-12, 1 - fit.leverage[i]));
    const double s =
        1.5 * (std::pow(r.counts[i], 2.0 / 3.0) - std::pow(mu, 2.0 / 3.0)) / denominator;
    if (s > threshold) weights[i] = 1 / (s * s);
  }
  const double sum = std::accumulate(weights.begin(), weights.end(), 0.0);
  for (double& w : weights) w *= static_cast<double>(n) / sum;
  return weights;
}

// Fit, down-weight outliers, fit again; the dispersion of the second fit.
// The residuals that find the outliers are scaled by the first fit's
// dispersion, as farringtonFlexible's anscombe.residuals(model, phi).
std::optional<PoissonFit> FitReweighted(const Reference& r, bool with_slope, double threshold) {
  auto first = FitPoisson(r.times, r.counts, {}, with_slope, r.offsets);
  if (!first) return std::nullopt;
  first->dispersion = PearsonDispersion(*first, r, {});
  const auto weights = OutbreakWeights(*first, r, threshold);
  auto second = FitPoisson(r.times, r.counts, weights, with_slope, r.offsets);
  if (!second) return std::nullopt;
  second->dispersion = PearsonDispersion(*second, r, weights);
  second->var_intercept *= second->dispersion;
  second->covariance *= second->dispersion;
  second->var_slope *= second->dispersion;
  return second;
}

}  // namespace

double PoissonFit::Mean(double t) const { return std::exp(intercept + slope * (t - centre)); }

double PoissonFit::LinkVariance(double t) const {
  const double d = t - centre;
  return var_intercept + 2 * d * covariance + d * d * var_slope;
}

std::optional<PoissonFit> FitPoisson(const std::vector<double>& times,
                                     const std::vector<double>& counts,
                                     const std::vector<double>& weights, bool with_slope,
                                     const std::vector<double>& log_offsets) {
  const size_t n = counts.size();
  if (n == 0 || times.size() != n || (!weights.empty() && weights.size() != n) ||
      (!log_offsets.empty() && log_offsets.size() != n)) {
    return std::nullopt;
  }
  const auto offset = [&log_offsets](size_t i) {
    return log_offsets.empty() ? 0.0 : log_offsets[i];
  };
  const double total = std::accumulate(counts.begin(), counts.end(), 0.0);
  if (total <= 0) return std::nullopt;
  double exposure = 0;
  for (size_t i = 0; i < n; ++i) exposure += std::exp(offset(i));
  // Centred times keep the 2x2 system well conditioned.
  const double centre = std::accumulate(times.begin(), times.end(), 0.0) / static_cast<double>(n);
  double b0 = std::log(total / exposure);
  double b1 = 0;
  double xtwx[3] = {0, 0, 0};  // s00, s01, s11
  for (int iteration = 0; iteration < kMaxIterations; ++iteration) {
    double s00 = 0, s01 = 0, s11 = 0, r0 = 0, r1 = 0;
    for (size_t i = 0; i < n; ++i) {
      const double t = times[i] - centre;
      const double eta = b0 + b1 * t;
      const double mu = std::exp(eta + offset(i));
      const double w = (weights.empty() ? 1.0 : weights[i]) * mu;
      const double z = eta + (counts[i] - mu) / mu;
      s00 += w;
      s01 += w * t;
      s11 += w * t * t;
      r0 += w * z;
      r1 += w * t * z;
    }
    double n0 = 0, n1 = 0;
    if (with_slope) {
      const double det = s00 * s11 - s01 * s01;
      if (det <= 0) return std::nullopt;
      n0 = (s11 * r0 - s01 * r1) / det;
      n1 = (s00 * r1 - s01 * r0) / det;
    } else {
      n0 = r0 / s00;
    }
    const double change = std::fabs(n0 - b0) + std::fabs(n1 - b1);
    b0 = n0;
    b1 = n1;
    xtwx[0] = s00;
    xtwx[1] = s01;
    xtwx[2] = s11;
    if (!std::isfinite(b0) || !std::isfinite(b1)) return std::nullopt;
    if (change < kConvergence) break;
  }
  PoissonFit fit;
  fit.centre = centre;
  fit.has_slope = with_slope;
  fit.intercept = b0;
  fit.slope = b1;
  if (with_slope) {
    const double det = xtwx[0] * xtwx[2] - xtwx[1] * xtwx[1];
    fit.var_intercept = xtwx[2] / det;
    fit.covariance = -xtwx[1] / det;
    fit.var_slope = xtwx[0] / det;
  } else {
    fit.var_intercept = 1 / xtwx[0];
  }
  fit.leverage.resize(n);
  for (size_t i = 0; i < n; ++i) {
    fit.leverage[i] = (weights.empty() ? 1.0 : weights[i]) * fit.Mean(times[i]) *
                      std::exp(offset(i)) * fit.LinkVariance(times[i]);
  }
  return fit;
}

std::optional<FarringtonResult> JudgeMonth(const std::vector<std::optional<int64_t>>& counts,
                                           size_t month, const FarringtonParameters& parameters) {
  return JudgeMonth(MonthlySeries{counts, {}}, month, parameters);
}

std::optional<FarringtonResult> JudgeMonth(const MonthlySeries& series, size_t month,
                                           const FarringtonParameters& parameters) {
  const auto& counts = series.counts;
  if (month >= counts.size() || !counts[month].has_value() || !HasExposure(series, month)) {
    return std::nullopt;
  }
  const Reference r = ReferenceCounts(series, month, parameters);
  if (static_cast<int>(r.counts.size()) < parameters.min_reference_counts) return std::nullopt;
  // With exposures the history is compared as rates.
  double highest = 0;
  for (size_t i = 0; i < r.counts.size(); ++i) {
    highest = std::max(highest, r.counts[i] / (r.offsets.empty() ? 1.0 : std::exp(r.offsets[i])));
  }
  const auto target = static_cast<double>(month);
  const double exposure = series.exposures.empty() ? 1.0 : *series.exposures[month];

  // The standard error of the mean by the delta method, as R's predict(...,
  // type = "response", se.fit = TRUE) gives it.
  const auto predict = [target, exposure](const PoissonFit& fit) {
    const double mean = fit.Mean(target) * exposure;
    return Prediction{mean, mean * std::sqrt(std::max(0.0, fit.LinkVariance(target))),
                      fit.dispersion};
  };

  std::optional<PoissonFit> fit;
  bool trend_used = false;
  // A trend needs at least three years of history to be told from chance.
  if (parameters.trend && parameters.years_back >= kMinYearsForTrend) {
    fit = FitReweighted(r, /*with_slope=*/true, parameters.reweight_threshold);
    if (fit) {
      const double z = fit->slope / std::sqrt(fit->var_slope);
      const double p =
          2 * boost::math::cdf(boost::math::complement(boost::math::normal(), std::fabs(z)));
      trend_used = p < parameters.trend_p_threshold && fit->Mean(target) <= highest;
    }
  }
  if (!trend_used) fit = FitReweighted(r, /*with_slope=*/false, parameters.reweight_threshold);
  if (!fit) return std::nullopt;

  FarringtonResult result;
  result.prediction = predict(*fit);
  result.trend_used = trend_used;
  result.reference_counts = static_cast<int>(r.counts.size());
  const int64_t observed = *counts[month];
  result.threshold = FarringtonThreshold(result.prediction, observed, parameters.alpha,
                                         parameters.threshold_method);
  int64_t recent = 0;
  for (int back = 0; back < parameters.recent_months && back <= static_cast<int>(month); ++back) {
    recent += counts[month - static_cast<size_t>(back)].value_or(0);
  }
  result.too_few_recent = recent < parameters.min_recent_count;
  result.alarm = result.threshold.alarm && !result.too_few_recent;
  return result;
}

}  // namespace veilig::signals
