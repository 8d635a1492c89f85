#include "common/theme/signal_family.h"

#include <algorithm>

#include "common/signals/multiple_testing.h"

namespace veilig::theme {

std::vector<common::v1::AreaSignal> AdjustTogether(const std::vector<SignalTests>& parts,
                                                   double false_discovery_rate) {
  std::vector<double> p_values;
  for (const auto& part : parts) {
    p_values.insert(p_values.end(), part.p_values.begin(), part.p_values.end());
  }
  const std::vector<double> adjusted = signals::BenjaminiHochberg(p_values);
  std::vector<common::v1::AreaSignal> signals;
  size_t offset = 0;
  for (const auto& part : parts) {
    for (const auto& [test, candidate] : part.candidates) {
      const double q = adjusted[offset + test];
      if (q > false_discovery_rate) continue;
      common::v1::AreaSignal& signal = signals.emplace_back(candidate);
      signal.set_adjusted_p_value(q);
      signal.set_tests(static_cast<int32_t>(p_values.size()));
    }
    offset += part.p_values.size();
  }
  std::stable_sort(signals.begin(), signals.end(),
                   [](const common::v1::AreaSignal& a, const common::v1::AreaSignal& b) {
                     return a.adjusted_p_value() < b.adjusted_p_value();
                   });
  return signals;
}

}  // namespace veilig::theme
