// One indicator's series for a few areas, as the dashboard's pages show
// them: a chart, and the same figures in a table (periods down, areas
// across), so that no value is in the chart alone.
#pragma once

#include <string>
#include <vector>

#include "veilig/common/v1/section.pb.h"

namespace veilig::gateway {

// The chart of `series`; `id` must be unique on the page.
std::string SeriesChart(const common::v1::Indicator& indicator,
                        const std::vector<const common::v1::AreaSeries*>& series,
                        const std::string& id);

// The count and the rate of each period and area; the periods are the first
// series'. `caption` names the table for screen readers too.
std::string SeriesTable(const common::v1::Indicator& indicator,
                        const std::vector<const common::v1::AreaSeries*>& series,
                        const std::string& caption);

}  // namespace veilig::gateway
