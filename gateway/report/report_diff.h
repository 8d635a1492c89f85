// What differs between two versions of a report: every figure, goal status
// and item of the theme services' own data, as readable locations.
#pragma once

#include <vector>

#include "veilig/report/v1/report_service.pb.h"

namespace veilig::gateway {

std::vector<report::v1::ReportDifference> DiffReports(const report::v1::ProgressReport& from,
                                                      const report::v1::ProgressReport& to);

}  // namespace veilig::gateway
