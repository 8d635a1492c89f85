// Has an area's rate risen since an earlier half year, beyond chance and
// beyond what the whole municipality did? Each area's half-year count is
// compared with an earlier half year's (a year earlier, or the plan's
// baseline) by the exact conditional test, with each period's exposure the
// count the area would have at the municipality's rate of that period
// (indirect standardisation): a rise of the whole city is no rise of its
// parts. The p-values are adjusted with the indicator's other tests
// (signal_family.h). docs/signals.md.
#pragma once

#include <string>
#include <vector>

#include "common/theme/signal_family.h"
#include "veilig/common/v1/signal.pb.h"

namespace veilig::theme {

struct PeriodComparisonSettings {
  double false_discovery_rate = 0.05;
  // Fewer counts in the later half year: never a signal.
  int64_t min_count = 5;
};

struct PeriodCounts {
  int64_t count = 0;
  // The indicator's population (inhabitants, dwellings...) in the period.
  double population = 0;
};

struct PeriodComparisonArea {
  std::string code;
  std::string name;
  common::v1::AreaKind kind = common::v1::AREA_KIND_UNSPECIFIED;
  PeriodCounts later;
  PeriodCounts earlier;
};

struct PeriodComparisonInput {
  std::string indicator;
  // E.g. "2019H1" against "2018H1".
  std::string later_period;
  std::string earlier_period;
  // The municipality's counts, whose rates the areas' are measured against.
  PeriodCounts whole_later;
  PeriodCounts whole_earlier;
  std::vector<PeriodComparisonArea> areas;
};

// Every area judged, and those with enough cases now.
SignalTests FindRisesSince(const PeriodComparisonInput& input,
                           const PeriodComparisonSettings& settings = {});

}  // namespace veilig::theme
