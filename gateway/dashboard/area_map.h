// One indicator over the parts of an area in one period: each part's figure,
// its change on a year earlier, how it compares with the whole, its class on
// the map. Built from ListAreaFigures over the year-earlier period to the
// period itself.
#pragma once

#include <optional>
#include <string>

#include "common/domain/period.h"
#include "gateway/dashboard/area_client.h"
#include "veilig/report/v1/dashboard.pb.h"

namespace veilig::gateway {

report::v1::AreaMap BuildAreaMap(const std::string& municipality,
                                 const theme::v1::ListAreaFiguresResponse& figures,
                                 const Period& period, const Outlines& outlines);

// Whether an indicator can have figures per wijk and buurt: those come from
// the police's open data, so indicators with a crime code and sums of them.
bool HasFiguresPerArea(const common::v1::Indicator& indicator);

// What a map compares and classes: the rate in the indicator's unit, or the
// count for a count indicator; none without it.
std::optional<double> MappedValue(const common::v1::Indicator& indicator,
                                  const common::v1::SeriesPoint& point);

}  // namespace veilig::gateway
