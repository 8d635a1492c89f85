// The dashboard's HTTP routes on the gateway's listener: the pages under
// /dashboard/{municipality} (HTML; the same address with formaat=csv gives
// the page's table as CSV), their JSON twins under
// /api/v1/municipalities/{municipality}, and the stylesheet. Every route is
// admitted like reading a published report (anonymous with
// --public-reports).
#pragma once

#include "gateway/dashboard/dashboard.h"
#include "gateway/http/http_api.h"

namespace veilig::gateway {

void AddDashboardRoutes(HttpApi& http, Dashboard& dashboard);

}  // namespace veilig::gateway
