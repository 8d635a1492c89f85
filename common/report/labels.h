// Dutch labels of the common enumerations the report prints.
#pragma once

#include <string_view>

#include "veilig/common/v1/section.pb.h"

namespace veilig::report {

// "behaald", "niet behaald", "geen gegevens".
std::string_view GoalStatusLabel(common::v1::GoalStatus status);
// "per 1.000 inwoners", "per 1.000 woningen", "per 1.000 jongeren van 12 tot
// en met 24 jaar"; empty for a count.
std::string_view UnitLabel(common::v1::Unit unit);
// "behaald", "op koers", "niet op koers", "niet te beoordelen", "niet behaald".
std::string_view GoalProgressLabel(common::v1::GoalProgress progress);

}  // namespace veilig::report
