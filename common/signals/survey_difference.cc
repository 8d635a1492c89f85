#include "common/signals/survey_difference.h"

#include <boost/math/distributions/normal.hpp>
#include <cmath>

namespace veilig::signals {
namespace {

// The 97.5th percentile of the standard normal, with which the survey's
// margins are published.
constexpr double kMarginZ = 1.96;

}  // namespace

SurveyDifference CompareSurveyEstimates(const SurveyEstimate& a, const SurveyEstimate& b) {
  SurveyDifference d;
  d.difference = a.percentage - b.percentage;
  const double se_a = a.margin / kMarginZ;
  const double se_b = b.margin / kMarginZ;
  const double se = std::sqrt(se_a * se_a + se_b * se_b);
  if (!(se > 0) || !std::isfinite(se) || !std::isfinite(d.difference)) return d;
  d.z = d.difference / se;
  d.p_value = 2 * boost::math::cdf(boost::math::complement(boost::math::normal(), std::fabs(d.z)));
  d.real = std::fabs(d.z) >= kMarginZ;
  return d;
}

}  // namespace veilig::signals
