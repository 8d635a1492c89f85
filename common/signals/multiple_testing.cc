#include "common/signals/multiple_testing.h"

#include <algorithm>
#include <numeric>

namespace veilig::signals {

std::vector<double> BenjaminiHochberg(const std::vector<double>& p_values) {
  const size_t m = p_values.size();
  std::vector<size_t> order(m);
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&p_values](size_t a, size_t b) { return p_values[a] < p_values[b]; });
  std::vector<double> adjusted(m);
  double smallest_after = 1.0;
  // From the largest p-value down: p m / rank, never above a later one.
  for (size_t rank = m; rank >= 1; --rank) {
    const size_t i = order[rank - 1];
    smallest_after =
        std::min(smallest_after, p_values[i] * static_cast<double>(m) / static_cast<double>(rank));
    adjusted[i] = smallest_after;
  }
  return adjusted;
}

}  // namespace veilig::signals
