// libFuzzer target: a StatLine table export as people download it.
#include <cstddef>
#include <cstdint>
#include <sstream>

#include "common/import/statline.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  veilig::import::StatLineHeader header;
  (void)veilig::import::ReadStatLine(
      in, header, [](const veilig::import::StatLineRow&) { return absl::OkStatus(); });
  return 0;
}
