// The BBV policy indicators on safety (beleidsindicatoren) as the budget and
// the annual report need them: the last whole year of each beside
// Nederland's in one table, then each indicator per year as a chart with
// its table.
#pragma once

#include <string>

#include "veilig/report/v1/dashboard.pb.h"

namespace veilig::gateway {

std::string RenderPrescribedPage(const report::v1::PrescribedIndicators& prescribed);

}  // namespace veilig::gateway
