// The dashboard's front page from a progress report: every indicator of the
// plan with its half years, its change on a year earlier and its goal.
#pragma once

#include "veilig/report/v1/dashboard.pb.h"
#include "veilig/report/v1/report_service.pb.h"

namespace veilig::gateway {

report::v1::DashboardOverview BuildOverview(const report::v1::ProgressReport& report);

}  // namespace veilig::gateway
