// Rounding for presentation, in one place: rates to one decimal (two below
// 1), percentages to whole numbers. Only the edge rounds; every computation
// before it uses unrounded values.
#pragma once

#include <cmath>

namespace veilig {

inline int RateDecimals(double rate) { return std::fabs(rate) < 1 ? 2 : 1; }

inline double RoundRate(double rate) {
  const double scale = RateDecimals(rate) == 2 ? 100.0 : 10.0;
  return std::round(rate * scale) / scale;
}

inline int RoundPercent(double percent) { return static_cast<int>(std::lround(percent)); }

}  // namespace veilig
