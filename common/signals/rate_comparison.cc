#include "common/signals/rate_comparison.h"

#include <boost/math/distributions/binomial.hpp>
#include <boost/math/distributions/normal.hpp>
#include <cmath>
#include <limits>

namespace veilig::signals {

RateComparison CompareRates(const PoissonRates& later, const PoissonRates& earlier) {
  RateComparison result;
  if (!(later.exposure > 0) || !(earlier.exposure > 0) || !std::isfinite(later.exposure) ||
      !std::isfinite(earlier.exposure) || later.count < 0 || earlier.count < 0) {
    return result;
  }
  const auto y1 = static_cast<double>(later.count);
  const auto y2 = static_cast<double>(earlier.count);
  const double r1 = y1 / later.exposure;
  const double r2 = y2 / earlier.exposure;
  result.rate_ratio = r2 > 0   ? r1 / r2
                      : r1 > 0 ? std::numeric_limits<double>::infinity()
                               : std::numeric_limits<double>::quiet_NaN();
  if (later.count + earlier.count == 0) return result;

  const boost::math::normal standard;
  const double wald_variance = r1 / later.exposure + r2 / earlier.exposure;
  result.wald_z = (r1 - r2) / std::sqrt(wald_variance);
  result.wald_p = boost::math::cdf(boost::math::complement(standard, result.wald_z));

  const double exposure_ratio = later.exposure / earlier.exposure;
  result.score_z = (y1 - y2 * exposure_ratio) / std::sqrt((y1 + y2) * exposure_ratio);
  result.score_p = boost::math::cdf(boost::math::complement(standard, result.score_z));

  const double share = later.exposure / (later.exposure + earlier.exposure);
  const boost::math::binomial conditional(y1 + y2, share);
  result.exact_p =
      later.count == 0 ? 1.0 : boost::math::cdf(boost::math::complement(conditional, y1 - 1));
  return result;
}

}  // namespace veilig::signals
