// Rates per 1,000 (inhabitants, dwellings, residents aged 12-24) and relative
// change, always from unrounded inputs.
#pragma once

#include <cstdint>
#include <optional>

namespace veilig {

// count / denominator x 1,000; nothing when the denominator is missing or not positive.
inline std::optional<double> RatePerThousand(int64_t count, std::optional<int64_t> denominator) {
  if (!denominator.has_value() || *denominator <= 0) return std::nullopt;
  return static_cast<double>(count) / static_cast<double>(*denominator) * 1000.0;
}

// (to - from) / from x 100; nothing when `from` is zero.
inline std::optional<double> PercentChange(double from, double to) {
  if (from == 0.0) return std::nullopt;
  return (to - from) / from * 100.0;
}

}  // namespace veilig
