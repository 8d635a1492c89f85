#include "common/domain/trend.h"

#include <cmath>

namespace veilig {
namespace {

// Two-sided 95% quantiles of Student's t for 1..30 degrees of freedom.
double StudentT95(int degrees_of_freedom) {
  static constexpr double kQuantiles[] = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306,
                                          2.262,  2.228, 2.201, 2.179, 2.160, 2.145, 2.131, 2.120,
                                          2.110,  2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064,
                                          2.060,  2.056, 2.052, 2.048, 2.045, 2.042};
  if (degrees_of_freedom < 1) return INFINITY;
  if (degrees_of_freedom > 30) return 1.96;
  return kQuantiles[degrees_of_freedom - 1];
}

constexpr int kMinimumPointsForConfidence = 4;
constexpr double kMaximumRelativeHalfWidth = 0.25;

}  // namespace

std::optional<TrendProjection> ProjectLogLinear(
    const std::vector<std::pair<double, double>>& points, double at_time) {
  std::vector<std::pair<double, double>> logs;
  for (const auto& [time, value] : points) {
    if (value > 0 && std::isfinite(value)) logs.emplace_back(time, std::log(value));
  }
  const int n = static_cast<int>(logs.size());
  if (n < 2) return std::nullopt;

  double mean_t = 0, mean_y = 0;
  for (const auto& [t, y] : logs) {
    mean_t += t;
    mean_y += y;
  }
  mean_t /= n;
  mean_y /= n;
  double stt = 0, sty = 0;
  for (const auto& [t, y] : logs) {
    stt += (t - mean_t) * (t - mean_t);
    sty += (t - mean_t) * (y - mean_y);
  }
  if (stt == 0) return std::nullopt;
  const double slope = sty / stt;
  const double intercept = mean_y - slope * mean_t;
  const double predicted = intercept + slope * at_time;

  TrendProjection projection;
  projection.value = std::exp(predicted);
  projection.points_used = n;
  if (n > 2) {
    double residuals = 0;
    for (const auto& [t, y] : logs) {
      const double r = y - (intercept + slope * t);
      residuals += r * r;
    }
    const double sigma = std::sqrt(residuals / (n - 2));
    const double se =
        sigma * std::sqrt(1 + 1.0 / n + (at_time - mean_t) * (at_time - mean_t) / stt);
    const double margin = StudentT95(n - 2) * se;
    projection.lower = std::exp(predicted - margin);
    projection.upper = std::exp(predicted + margin);
  } else {
    projection.lower = 0;
    projection.upper = INFINITY;
  }
  const double relative_half_width = (projection.upper - projection.lower) / (2 * projection.value);
  projection.uncertain =
      n < kMinimumPointsForConfidence || !(relative_half_width <= kMaximumRelativeHalfWidth);
  return projection;
}

}  // namespace veilig
