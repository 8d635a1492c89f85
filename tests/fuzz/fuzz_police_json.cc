// libFuzzer target: a police open-data table as the portal's OData JSON.
#include <cstddef>
#include <cstdint>
#include <sstream>

#include "common/import/police_open_data_json.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  (void)veilig::import::ReadPoliceOpenDataJson(in, [](const auto& row) {
    if (row.crime_type.empty() || row.region.empty() || row.period.empty()) __builtin_trap();
    if (row.count.has_value() && *row.count < 0) __builtin_trap();
    return absl::OkStatus();
  });
  return 0;
}
