#include "common/report/chart_ticks.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include "common/report/dutch_number.h"

namespace veilig::report {
namespace {

constexpr int kMantissas[] = {1, 2, 5};

// n × 10^k, computed with one rounding so that 3 × 10^-1 is the double nearest
// 0.3 (3 × 0.1 is not), and a label formatted from it reads exactly 0,3.
double Scaled(double n, int k) { return k >= 0 ? n * std::pow(10.0, k) : n / std::pow(10.0, -k); }

// A quotient that misses a whole number only by rounding error counts as that
// whole number, so that 0.30000000000000004 / 0.1 does not add a tick.
double FloorTolerant(double q) { return std::floor(q + 1e-9 * std::max(1.0, std::fabs(q))); }
double CeilTolerant(double q) { return std::ceil(q - 1e-9 * std::max(1.0, std::fabs(q))); }

}  // namespace

AxisTicks NiceTicks(double data_min, double data_max, TickOptions options) {
  if (!std::isfinite(data_min)) data_min = 0;
  if (!std::isfinite(data_max)) data_max = 0;
  if (data_min > data_max) std::swap(data_min, data_max);
  // Beyond this the span overflows, and no chart of the report comes near it.
  constexpr double kLimit = 1e300;
  double lo = std::clamp(std::min(0.0, data_min), -kLimit, 0.0);
  double hi = std::clamp(std::max(0.0, data_max), 0.0, kLimit);
  if (lo == hi) hi = options.whole_numbers ? 2 : 1;
  const int max_ticks = std::clamp(options.max_ticks, 3, 10);

  // Start a decade below any step that could fit and walk up: the first step
  // that fits is the finest, which wastes the least of the plot.
  int k = static_cast<int>(std::floor(std::log10((hi - lo) / (max_ticks - 1)))) - 1;
  if (options.whole_numbers) k = std::max(k, 0);
  int mantissa = 0;
  double first = 0, last = 0;
  while (mantissa == 0) {
    for (int m : kMantissas) {
      const double step = Scaled(m, k);
      first = FloorTolerant(lo / step);
      last = CeilTolerant(hi / step);
      if (last - first + 1 <= max_ticks) {
        mantissa = m;
        break;
      }
    }
    if (mantissa == 0) ++k;
  }
  // Fewer than 3 ticks (a count of 1, say) gives no sense of scale: extend away
  // from zero.
  while (last - first + 1 < 3) {
    if (hi > 0) {
      ++last;
    } else {
      --first;
    }
  }

  AxisTicks result;
  result.step = Scaled(mantissa, k);
  result.decimals = std::max(0, -k);
  for (double i = first; i <= last; ++i) {
    const double value = Scaled(i * mantissa, k);
    result.ticks.push_back(
        {value, value == 0 ? std::string("0") : FormatDecimal(value, result.decimals)});
  }
  return result;
}

}  // namespace veilig::report
