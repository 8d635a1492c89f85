// libFuzzer target: Dutch number formatting with arbitrary values (NaN,
// infinities, huge and tiny numbers included): never a crash, never empty.
#include <cstddef>
#include <cstdint>
#include <cstring>

#include "common/report/dutch_number.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < sizeof(double) + sizeof(int64_t) + 1) return 0;
  double value = 0;
  int64_t count = 0;
  std::memcpy(&value, data, sizeof(value));
  std::memcpy(&count, data + sizeof(value), sizeof(count));
  const int decimals = data[sizeof(value) + sizeof(count)] % 6;
  if (veilig::report::FormatCount(count).empty()) __builtin_trap();
  if (veilig::report::FormatDecimal(value, decimals).empty()) __builtin_trap();
  if (veilig::report::FormatRate(value).empty()) __builtin_trap();
  if (veilig::report::FormatPercentChange(value).empty()) __builtin_trap();
  return 0;
}
