#include "common/config/files.h"

#include <fstream>
#include <sstream>

namespace veilig::config {

absl::StatusOr<std::string> ReadWholeFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return absl::InvalidArgumentError("cannot read " + path);
  std::ostringstream content;
  content << in.rdbuf();
  if (content.str().empty()) return absl::InvalidArgumentError(path + " is empty");
  return content.str();
}

}  // namespace veilig::config
