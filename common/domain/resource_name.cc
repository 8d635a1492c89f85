#include "common/domain/resource_name.h"

#include <vector>

#include "absl/strings/numbers.h"
#include "absl/strings/str_split.h"
#include "common/domain/codes.h"
#include "common/domain/field_error.h"

namespace veilig {

std::string MunicipalityName(std::string_view municipality) {
  return StrCat(kMunicipalitiesCollection, "/", municipality);
}

std::string ResourceName(std::string_view municipality, std::string_view collection, int64_t id) {
  return StrCat(kMunicipalitiesCollection, "/", municipality, "/", collection, "/", id);
}

std::string ReportResourceName(std::string_view municipality, std::string_view period) {
  return StrCat(MunicipalityName(municipality), "/reports/", period);
}

std::string VersionResourceName(std::string_view municipality, std::string_view period,
                                int version) {
  return StrCat(ReportResourceName(municipality, period), "/versions/", version);
}

absl::StatusOr<std::string> ParseParent(std::string_view field, std::string_view parent) {
  const std::vector<std::string> parts = absl::StrSplit(std::string(parent), '/');
  if (parts.size() != 2 || parts[0] != kMunicipalitiesCollection || !IsMunicipalityCode(parts[1])) {
    return FieldError(field, StrCat("'", parent,
                                    "' is not a municipality of the form municipalities/{code} "
                                    "with a CBS code such as GM0034"));
  }
  return parts[1];
}

absl::StatusOr<ParsedName> ParseResourceName(std::string_view field, std::string_view name,
                                             std::string_view collection) {
  const std::vector<std::string> parts = absl::StrSplit(std::string(name), '/');
  ParsedName parsed;
  if (parts.size() != 4 || parts[0] != kMunicipalitiesCollection || !IsMunicipalityCode(parts[1]) ||
      parts[2] != collection || !absl::SimpleAtoi(parts[3], &parsed.id) || parsed.id <= 0) {
    return FieldError(field, StrCat("'", name, "' is not a name of the form municipalities/{code}/",
                                    collection, "/{id}"));
  }
  parsed.municipality = parts[1];
  return parsed;
}

std::optional<std::string> MunicipalityOf(std::string_view name) {
  const std::string prefix = StrCat(kMunicipalitiesCollection, "/");
  if (!name.starts_with(prefix)) return std::nullopt;
  name.remove_prefix(prefix.size());
  return std::string(name.substr(0, name.find('/')));
}

std::string FieldPath(std::string_view prefix, std::string_view field) {
  return prefix.empty() ? std::string(field) : StrCat(prefix, ".", field);
}

}  // namespace veilig
