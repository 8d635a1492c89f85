#include "gateway/report/report_names.h"

#include <vector>

#include "absl/strings/numbers.h"
#include "absl/strings/str_split.h"
#include "common/domain/codes.h"
#include "common/domain/field_error.h"
#include "common/domain/period.h"
#include "common/domain/resource_name.h"
#include "common/domain/strings.h"

namespace veilig::gateway {

absl::StatusOr<ReportName> ParseReportName(std::string_view field, std::string_view name,
                                           bool versions) {
  const std::vector<std::string> parts = absl::StrSplit(std::string(name), '/');
  const auto refuse = [&] {
    return FieldError(field, StrCat("'", name, "' is not a report of the form ",
                                    "municipalities/{code}/reports/{half year}",
                                    versions ? " or .../versions/{n}" : ""));
  };
  const bool report_form = parts.size() == 4;
  const bool version_form = versions && parts.size() == 6 && parts[4] == "versions";
  if ((!report_form && !version_form) || parts[0] != kMunicipalitiesCollection ||
      parts[2] != "reports" || !IsMunicipalityCode(parts[1])) {
    return refuse();
  }
  const auto period = Period::Parse(parts[3]);
  if (!period.ok() || period->grain() != Grain::kHalfYear) {
    return FieldError(field,
                      StrCat("'", parts[3], "' in '", name, "' is not a half year (2019H1)"));
  }
  ReportName parsed{parts[1], parts[3], 0};
  if (version_form && (!absl::SimpleAtoi(parts[5], &parsed.version) || parsed.version < 1)) {
    return FieldError(field, StrCat("'", parts[5], "' in '", name,
                                    "' is not a published version number (1, 2, ...)"));
  }
  return parsed;
}

}  // namespace veilig::gateway
