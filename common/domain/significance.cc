#include "common/domain/significance.h"

#include <algorithm>
#include <cmath>

namespace veilig {
namespace {

double LogBinomialPmf(int64_t k, int64_t n, double p) {
  if (p <= 0.0) return k == 0 ? 0.0 : -INFINITY;
  if (p >= 1.0) return k == n ? 0.0 : -INFINITY;
  return std::lgamma(static_cast<double>(n) + 1) - std::lgamma(static_cast<double>(k) + 1) -
         std::lgamma(static_cast<double>(n - k) + 1) + static_cast<double>(k) * std::log(p) +
         static_cast<double>(n - k) * std::log1p(-p);
}

constexpr int64_t kExactLimit = 20000;
// Terms e^-50 below the observed one: even 20,000 of them add less than
// 1e-17 of the p-value, which is at least the observed term.
constexpr double kNegligibleLogRatio = 50;

}  // namespace

SignificanceResult PoissonChangeTest(int64_t before, double exposure_before, int64_t after,
                                     double exposure_after) {
  SignificanceResult result;
  const int64_t n = before + after;
  if (n == 0 || exposure_before <= 0 || exposure_after <= 0) return result;
  const double p = exposure_after / (exposure_before + exposure_after);
  if (n > kExactLimit) {
    // With this many events the binomial is normal to well within the
    // precision a 95% verdict needs, and summing n terms would cost time.
    const double z = (static_cast<double>(after) - n * p) / std::sqrt(n * p * (1 - p));
    result.p_value = std::erfc(std::fabs(z) / std::sqrt(2.0));
    result.beyond_chance = result.p_value < 0.05;
    return result;
  }
  // Two-sided exact test: the probability of every outcome no more likely
  // than the observed one. The relative tolerance absorbs rounding in lgamma.
  const double observed = LogBinomialPmf(after, n, p);
  const double threshold = observed + 1e-7 * std::max(1.0, std::fabs(observed));
  // The distribution is unimodal: walk from the mode towards both ends with
  // the ratio of neighbouring terms (no lgamma per term), and stop once the
  // terms are so small that all the rest together cannot change the sum.
  const double log_odds = std::log(p) - std::log1p(-p);
  const int64_t mode =
      std::clamp<int64_t>(static_cast<int64_t>(std::floor(static_cast<double>(n + 1) * p)), 0, n);
  const double log_mode = LogBinomialPmf(mode, n, p);
  const double negligible = threshold - kNegligibleLogRatio;
  double p_value = 0.0;
  for (const int step : {1, -1}) {
    double log_pmf = log_mode;
    for (int64_t k = mode; k >= 0 && k <= n; k += step) {
      if (k != mode) {
        log_pmf += step > 0 ? std::log(static_cast<double>(n - k + 1)) -
                                  std::log(static_cast<double>(k)) + log_odds
                            : std::log(static_cast<double>(k + 1)) -
                                  std::log(static_cast<double>(n - k)) - log_odds;
      } else if (step < 0) {
        continue;  // the mode was counted walking up
      }
      if (log_pmf <= threshold) p_value += std::exp(log_pmf);
      if (log_pmf < negligible) break;
    }
  }
  result.p_value = std::min(1.0, p_value);
  result.beyond_chance = result.p_value < 0.05;
  return result;
}

}  // namespace veilig
