// The dashboard's front page: every indicator of the plan as a small
// multiple (its half years as a line, its latest figure, its change on a
// year earlier and its goal), each leading on to the map of its wijken.
#pragma once

#include <string>

#include "veilig/report/v1/dashboard.pb.h"

namespace veilig::gateway {

std::string RenderOverviewPage(const report::v1::DashboardOverview& overview);

}  // namespace veilig::gateway
