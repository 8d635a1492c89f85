// Dutch labels of the common enumerations the report prints.
#pragma once

#include <string_view>

#include "veilig/common/v1/section.pb.h"

namespace veilig::report {

// "behaald", "niet behaald", "geen gegevens".
std::string_view GoalStatusLabel(common::v1::GoalStatus status);
// "behaald", "op koers", "niet op koers", "niet te beoordelen", "niet behaald".
std::string_view GoalProgressLabel(common::v1::GoalProgress progress);

}  // namespace veilig::report
