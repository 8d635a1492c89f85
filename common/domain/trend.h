// A log-linear trend through a series of positive values at equally spaced
// times, carried forward: the projection the report gives of where an
// indicator will be at the plan's end if the trend holds.
#pragma once

#include <optional>
#include <utility>
#include <vector>

namespace veilig {

struct TrendProjection {
  double value = 0;
  // 95% prediction interval of the value.
  double lower = 0;
  double upper = 0;
  int points_used = 0;
  // Fewer than four points, or an interval wider than ±25% of the value.
  bool uncertain = true;
};

// `points` are (time, value) pairs; values that are not positive are left
// out (a log trend cannot pass through them). Nothing when fewer than two
// points remain.
std::optional<TrendProjection> ProjectLogLinear(
    const std::vector<std::pair<double, double>>& points, double at_time);

}  // namespace veilig
