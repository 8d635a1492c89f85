// Reading files named in configuration (keys, certificates), with an error
// that names the flag's file.
#pragma once

#include <string>

#include "absl/status/statusor.h"

namespace veilig::config {

absl::StatusOr<std::string> ReadWholeFile(const std::string& path);

}  // namespace veilig::config
