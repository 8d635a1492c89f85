// AIP-122 resource names. Everything a municipality keeps is named under it:
// "municipalities/GM0034" is the parent, "municipalities/GM0034/measures/12"
// a resource with a numeric id that the service assigns.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"

namespace veilig {

inline constexpr char kMunicipalitiesCollection[] = "municipalities";

// "municipalities/{code}".
std::string MunicipalityName(std::string_view municipality);

// "municipalities/{municipality}/{collection}/{id}".
std::string ResourceName(std::string_view municipality, std::string_view collection, int64_t id);

// The municipality code of a parent "municipalities/{code}", or
// INVALID_ARGUMENT naming `field` (also when it is empty).
absl::StatusOr<std::string> ParseParent(std::string_view field, std::string_view parent);

struct ParsedName {
  std::string municipality;
  int64_t id = 0;
};

// A municipality's progress report over a half year:
// "municipalities/{municipality}/reports/{period}".
std::string ReportResourceName(std::string_view municipality, std::string_view period);
// One of its published versions: ".../reports/{period}/versions/{version}".
std::string VersionResourceName(std::string_view municipality, std::string_view period,
                                int version);

// The parts of "municipalities/{code}/{collection}/{id}", or INVALID_ARGUMENT
// naming `field`.
absl::StatusOr<ParsedName> ParseResourceName(std::string_view field, std::string_view name,
                                             std::string_view collection);

// The municipality a name or parent starts with ("municipalities/GM0034..."),
// whether or not the rest is well formed; nothing when it names none. The
// access check uses it before any handler parses the request.
std::optional<std::string> MunicipalityOf(std::string_view name);

// "prefix.field", or just "field" when the prefix is empty.
std::string FieldPath(std::string_view prefix, std::string_view field);

}  // namespace veilig
