// An area's half years worked out from its months with the theme services'
// own rules (common/theme/figures): a half year sums its six months, and its
// rate uses the denominator the months carry, which is their half year's.
// The area page asks a service for the months only, and for the half years
// only where this cannot give them.
#pragma once

#include <optional>

#include "common/domain/period.h"
#include "veilig/common/v1/indicator.pb.h"
#include "veilig/common/v1/section.pb.h"

namespace veilig::gateway {

// The half years `first`..`last` of `months` (the area's months covering
// them); none unless every half year is whole (six counted months each).
std::optional<common::v1::AreaSeries> HalfYearsOfMonths(const common::v1::Indicator& indicator,
                                                        const common::v1::AreaSeries& months,
                                                        const Period& first, const Period& last);

}  // namespace veilig::gateway
