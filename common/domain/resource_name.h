// AIP-122 resource names of the form "{collection}/{id}" with a numeric id
// that the service assigns ("incidents/12", "measures/3", "cases/41").
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"

namespace veilig {

std::string ResourceName(std::string_view collection, int64_t id);

// The id of `name`, or INVALID_ARGUMENT naming `field` when `name` is not
// "{collection}/{positive number}".
absl::StatusOr<int64_t> ParseResourceName(std::string_view field, const std::string& name,
                                          std::string_view collection);

// "prefix.field", or just "field" when the prefix is empty.
std::string FieldPath(std::string_view prefix, std::string_view field);

}  // namespace veilig
