#include "common/signals/local_g.h"

#include <boost/math/distributions/normal.hpp>
#include <cmath>
#include <numeric>

namespace veilig::signals {

Neighbours DistanceBand(const std::vector<Point>& points, double threshold) {
  Neighbours neighbours(points.size());
  for (size_t i = 0; i < points.size(); ++i) {
    for (size_t j = i + 1; j < points.size(); ++j) {
      if (std::hypot(points[i].x - points[j].x, points[i].y - points[j].y) <= threshold) {
        neighbours[i].push_back(static_cast<int>(j));
        neighbours[j].push_back(static_cast<int>(i));
      }
    }
  }
  return neighbours;
}

std::vector<LocalG> GetisOrd(const std::vector<double>& values, const Neighbours& neighbours,
                             bool star) {
  const size_t n = values.size();
  std::vector<LocalG> result(n);
  if (n < 2 || neighbours.size() != n) return result;
  const double sum = std::accumulate(values.begin(), values.end(), 0.0);
  const double sum_of_squares =
      std::inner_product(values.begin(), values.end(), values.begin(), 0.0);
  const boost::math::normal standard;
  for (size_t i = 0; i < n; ++i) {
    double lag = star ? values[i] : 0.0;
    for (int j : neighbours[i]) lag += values[static_cast<size_t>(j)];
    const double weights = static_cast<double>(neighbours[i].size()) + (star ? 1.0 : 0.0);
    // Gi leaves the area itself out of the values it is compared with.
    const double others = star ? static_cast<double>(n) : static_cast<double>(n - 1);
    const double total = star ? sum : sum - values[i];
    const double mean = total / others;
    const double variance = star ? sum_of_squares / others - mean * mean
                                 : (sum_of_squares - values[i] * values[i]) / others - mean * mean;
    LocalG& g = result[i];
    g.expected = weights / others;
    if (total == 0 || weights == 0) continue;
    g.g = lag / total;
    const double var_g =
        weights * (others - weights) / (others - 1) / (others * others) * variance / (mean * mean);
    if (others < 2 || !(var_g > 0) || !std::isfinite(var_g)) continue;
    g.z = (g.g - g.expected) / std::sqrt(var_g);
    g.p_hot = boost::math::cdf(boost::math::complement(standard, g.z));
  }
  return result;
}

}  // namespace veilig::signals
