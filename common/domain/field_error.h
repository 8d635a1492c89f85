// The one shape of a validation error: "field: problem", e.g.
// "observations[3].count: must not be negative (got -2)". Every validator
// builds its errors here, so clients can rely on the field coming first.
#pragma once

#include <string_view>

#include "absl/status/status.h"
#include "common/domain/strings.h"

namespace veilig {

inline absl::Status FieldError(std::string_view field, std::string_view problem) {
  return absl::InvalidArgumentError(StrCat(field, ": ", problem));
}

// "list[index].field", the path of a field inside a repeated message.
inline std::string ItemField(std::string_view list, int index, std::string_view field) {
  return StrCat(list, "[", index, "].", field);
}

}  // namespace veilig
