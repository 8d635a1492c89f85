#include "common/domain/resource_name.h"

#include "absl/strings/numbers.h"
#include "common/domain/field_error.h"

namespace veilig {

std::string ResourceName(std::string_view collection, int64_t id) {
  return StrCat(collection, "/", id);
}

absl::StatusOr<int64_t> ParseResourceName(std::string_view field, const std::string& name,
                                          std::string_view collection) {
  const std::string prefix = StrCat(collection, "/");
  int64_t id = 0;
  if (!name.starts_with(prefix) ||
      !absl::SimpleAtoi(absl::string_view(name).substr(prefix.size()), &id) || id <= 0) {
    return FieldError(field,
                      StrCat("'", name, "' is not a name of the form ", collection, "/{id}"));
  }
  return id;
}

std::string FieldPath(std::string_view prefix, std::string_view field) {
  return prefix.empty() ? std::string(field) : StrCat(prefix, ".", field);
}

}  // namespace veilig
