#include "common/signals/multiple_testing.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace veilig::signals {

std::vector<double> BenjaminiHochberg(const std::vector<double>& p_values) {
  const size_t m = p_values.size();
  std::vector<size_t> order(m);
  std::iota(order.begin(), order.end(), 0);
  // A missing p-value (NaN) counts as 1: nothing was found there.
  const auto p = [&p_values](size_t i) { return std::isnan(p_values[i]) ? 1.0 : p_values[i]; };
  std::stable_sort(order.begin(), order.end(), [&p](size_t a, size_t b) { return p(a) < p(b); });
  std::vector<double> adjusted(m);
  double smallest_after = 1.0;
  // From the largest p-value down: p m / rank, never above a later one.
  for (size_t rank = m; rank >= 1; --rank) {
    const size_t i = order[rank - 1];
    smallest_after =
        std::min(smallest_after, p(i) * static_cast<double>(m) / static_cast<double>(rank));
    adjusted[i] = smallest_after;
  }
  return adjusted;
}

}  // namespace veilig::signals
