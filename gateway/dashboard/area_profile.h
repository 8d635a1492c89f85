// One wijk or buurt: per indicator its months and half years, with the
// municipality and its comparison groups beside the half years (as the
// report has them).
#pragma once

#include <string>
#include <vector>

#include "veilig/report/v1/dashboard.pb.h"
#include "veilig/report/v1/report_service.pb.h"
#include "veilig/theme/v1/theme_service.pb.h"

namespace veilig::gateway {

struct IndicatorFiguresOfArea {
  theme::v1::ListAreaFiguresResponse months;
  theme::v1::ListAreaFiguresResponse half_years;
};

// `report` (may be null) gives the municipality's and its groups' half years.
report::v1::AreaProfile BuildAreaProfile(const std::string& municipality,
                                         const std::vector<IndicatorFiguresOfArea>& figures,
                                         const report::v1::ProgressReport* report);

}  // namespace veilig::gateway
