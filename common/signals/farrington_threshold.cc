#include "common/signals/farrington_threshold.h"

#include <algorithm>
#include <boost/math/distributions/negative_binomial.hpp>
#include <boost/math/distributions/normal.hpp>
#include <boost/math/distributions/poisson.hpp>
#include <cmath>

namespace veilig::signals {
namespace {

using UpwardQuantile = boost::math::policies::policy<
    boost::math::policies::discrete_quantile<boost::math::policies::integer_round_up>>;

// On a scale h(y) = y^exponent the variance of h(Y0) - h(mu0) is, by the
// delta method, (exponent mu0^(exponent-1))^2 mu0 tau, with tau the
// variance of Y0 over mu0 plus that of the prediction.
Threshold OnPowerScale(const Prediction& p, int64_t observed, double alpha, double exponent) {
  const double tau = p.dispersion + p.standard_error * p.standard_error / p.mean;
  const double slope = exponent * std::pow(p.mean, exponent - 1);
  const double se = std::sqrt(slope * slope * p.mean * tau);
  const double z = boost::math::quantile(boost::math::normal(), 1 - alpha);
  const double centre = std::pow(p.mean, exponent);
  Threshold t;
  t.lower = std::pow(std::max(0.0, centre - z * se), 1 / exponent);
  t.upper = std::pow(centre + z * se, 1 / exponent);
  const double distance = (std::pow(static_cast<double>(observed), exponent) - centre) / se;
  t.p_value = boost::math::cdf(boost::math::complement(boost::math::normal(), distance));
  return t;
}

Threshold AsNegativeBinomial(const Prediction& p, int64_t observed, double alpha) {
  Threshold t;
  const auto y = static_cast<double>(observed);
  if (p.dispersion > 1) {
    // Mean mu0 and variance phi mu0: size mu0 / (phi - 1), success 1 / phi.
    const boost::math::negative_binomial_distribution<double, UpwardQuantile> nb(
        p.mean / (p.dispersion - 1), 1 / p.dispersion);
    t.lower = boost::math::quantile(nb, alpha);
    t.upper = boost::math::quantile(nb, 1 - alpha);
    t.p_value = observed == 0 ? 1.0 : boost::math::cdf(boost::math::complement(nb, y - 1));
  } else {
    const boost::math::poisson_distribution<double, UpwardQuantile> poisson(p.mean);
    t.lower = boost::math::quantile(poisson, alpha);
    t.upper = boost::math::quantile(poisson, 1 - alpha);
    t.p_value = observed == 0 ? 1.0 : boost::math::cdf(boost::math::complement(poisson, y - 1));
  }
  return t;
}

}  // namespace

Threshold FarringtonThreshold(const Prediction& prediction, int64_t observed, double alpha,
                              ThresholdMethod method) {
  Threshold t;
  // Boost's distributions throw on NaN or infinite parameters; a server
  // must answer instead.
  if (!std::isfinite(prediction.mean) || !std::isfinite(prediction.standard_error) ||
      !std::isfinite(prediction.dispersion) || prediction.mean <= 0 || prediction.dispersion <= 0 ||
      !(alpha > 0 && alpha < 1) || observed < 0) {
    return t;
  }
  switch (method) {
    case ThresholdMethod::kUntransformed:
      t = OnPowerScale(prediction, observed, alpha, 1.0);
      break;
    case ThresholdMethod::kTwoThirdsPower:
      t = OnPowerScale(prediction, observed, alpha, 2.0 / 3.0);
      break;
    case ThresholdMethod::kNegativeBinomial:
      t = AsNegativeBinomial(prediction, observed, alpha);
      break;
  }
  t.score = t.upper > prediction.mean
                ? (static_cast<double>(observed) - prediction.mean) / (t.upper - prediction.mean)
                : 0;
  t.alarm = static_cast<double>(observed) > t.upper;
  return t;
}

}  // namespace veilig::signals
