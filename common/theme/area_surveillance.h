// Where did an indicator rise beyond chance below a municipality? Every
// wijk and buurt is judged month by month with the Farrington method on its
// share of the municipality's count, and over the half year's months with a
// Poisson CUSUM on the same expected counts (a run of months each somewhat
// high); too few counts is never a signal. The p-values are adjusted with the indicator's other
// tests (signal_family.h). docs/signals.md.
#pragma once

#include <vector>

#include "common/domain/period.h"
#include "common/signals/farrington_flexible.h"
#include "common/theme/signal_family.h"
#include "veilig/common/v1/section.pb.h"
#include "veilig/common/v1/signal.pb.h"

namespace veilig::theme {

struct SurveillanceSettings {
  // Two years of history reach back to the start of most police series;
  // the rest are farringtonFlexible's defaults.
  signals::FarringtonParameters farrington{.years_back = 2};
  double false_discovery_rate = 0.05;
  // "3 to 6 burglaries means little": fewer in the month is never a signal.
  int64_t min_count = 5;
  // The CUSUM over the half year looks for a rise to this many times the
  // expected count.
  double cusum_shift = 1.5;
};

struct SurveillanceInput {
  common::v1::Indicator indicator;
  // Monthly series over the same months, oldest first: the municipality,
  // and its wijken and buurten.
  common::v1::AreaSeries whole;
  std::vector<common::v1::AreaSeries> parts;
  // The months judged: those of this half year.
  Period half_year = Period::HalfYear(2000, 1);
};

// Every area-month judged, and every area's run of months over the half
// year; the months above their limit and the runs of two months or more
// with enough cases.
SignalTests FindAreaSignals(const SurveillanceInput& input,
                            const SurveillanceSettings& settings = {});

// The first month whose history the settings need for `half_year`.
Period FirstMonthNeeded(const Period& half_year, const SurveillanceSettings& settings = {});

}  // namespace veilig::theme
