// AIP-122 names of reports: "municipalities/GM0034/reports/2019H1" (the
// report, whose live draft is version 0) and ".../versions/2" (a published
// version). The municipality is the root, as of every resource.
#pragma once

#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "common/domain/resource_name.h"

namespace veilig::gateway {

struct ReportName {
  std::string municipality;
  std::string period;
  // 0: the report itself (its draft).
  int version = 0;
};

// The parts of a report's name (or, when `versions` is true, also of a
// version's); INVALID_ARGUMENT naming `field` for anything else, including a
// code that is no municipality's or a period that is no half year.
absl::StatusOr<ReportName> ParseReportName(std::string_view field, std::string_view name,
                                           bool versions);

}  // namespace veilig::gateway
