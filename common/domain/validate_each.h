// Validates every item of a repeated request field with a validator that
// takes the item's path ("incidents[3]"), stopping at the first error.
#pragma once

#include <string_view>

#include "absl/status/status.h"
#include "common/domain/strings.h"

namespace veilig {

template <typename Items, typename Validate>
absl::Status ValidateEach(const Items& items, std::string_view list, Validate validate) {
  for (int i = 0; i < static_cast<int>(items.size()); ++i) {
    if (auto s = validate(items[i], StrCat(list, "[", i, "]")); !s.ok()) return s;
  }
  return absl::OkStatus();
}

}  // namespace veilig
