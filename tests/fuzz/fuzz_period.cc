// libFuzzer target: the period parsers. A parsed period prints as text that
// parses back to the same period.
#include <cstddef>
#include <cstdint>
#include <string>

#include "common/domain/period.h"
#include "common/import/police_open_data.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  auto period = veilig::Period::Parse(text);
  if (period.ok()) {
    auto again = veilig::Period::Parse(period->ToString());
    if (!again.ok() || !(*again == *period)) __builtin_trap();
  }
  if (auto canonical = veilig::import::CanonicalOpenDataPeriod(text)) {
    if (!veilig::Period::Parse(*canonical).ok()) __builtin_trap();
  }
  return 0;
}
