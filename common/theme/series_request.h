// What GetSeries and ListAreaFigures share: the range of periods a caller
// asks for, and one area's series over it.
#pragma once

#include <string>

#include "absl/status/statusor.h"
#include "common/domain/period.h"
#include "common/theme/figures.h"
#include "veilig/common/v1/section.pb.h"

namespace veilig::theme {

struct PeriodRange {
  Period from;
  Period to;
};

// `from_period` .. `to_period`: canonical, of one grain, in order and at
// most 240 periods; else INVALID_ARGUMENT naming the field.
absl::StatusOr<PeriodRange> ParsePeriodRange(const std::string& from_period,
                                             const std::string& to_period);

// One point per period of `range`, also where there is no figure.
common::v1::AreaSeries SeriesOf(const Figures& figures, const common::v1::Indicator& indicator,
                                const common::v1::Area& area, const PeriodRange& range);

}  // namespace veilig::theme
