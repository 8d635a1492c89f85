// One wijk or buurt: for every indicator its half years beside the
// municipality's and its comparison groups', and its months, as charts with
// the same figures in tables.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "veilig/report/v1/dashboard.pb.h"

namespace veilig::gateway {

struct AreaPageInput {
  report::v1::AreaProfile profile;
  std::string municipality_name;
  // The wijk of a buurt, for the breadcrumb; empty for a wijk.
  std::string parent_name;
  // The period the maps it links to show.
  std::string map_period;
  // The area's signals, with their indicators.
  std::vector<std::pair<common::v1::AreaSignal, common::v1::Indicator>> signals;
  // Whether `signals` is all of them: MARKED, or PENDING or UNAVAILABLE.
  report::v1::SignalsState signals_state = report::v1::SIGNALS_STATE_UNSPECIFIED;
};

std::string RenderAreaPage(const AreaPageInput& input);

}  // namespace veilig::gateway
