// libFuzzer target: a police open-data table in the typed long format (CSV).
#include <cstddef>
#include <cstdint>
#include <sstream>

#include "common/import/police_open_data.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  for (char delimiter : {';', ','}) {
    std::istringstream in(text);
    (void)veilig::import::ReadPoliceOpenData(in, delimiter, [](const auto& row) {
      // What the reader hands on is always a usable row.
      if (row.crime_type.empty() || row.region.empty() || row.period.empty()) __builtin_trap();
      if (row.count.has_value() && *row.count < 0) __builtin_trap();
      return absl::OkStatus();
    });
  }
  return 0;
}
