// Dutch labels of the enumerations the report prints, in one place.
#pragma once

#include <string_view>

#include "veilig/common/v1/section.pb.h"
#include "veilig/crisisbeheersing/v1/incidents.pb.h"
#include "veilig/veiligewijken/v1/measures.pb.h"

namespace veilig::report {

std::string_view MeasureKindLabel(veiligewijken::v1::MeasureKind kind);
std::string_view GripLabel(crisisbeheersing::v1::GripLevel grip);
std::string_view PoolScopeLabel(crisisbeheersing::v1::PoolScope scope);
// "behaald", "niet behaald", "geen gegevens".
std::string_view GoalStatusLabel(common::v1::GoalStatus status);
// "behaald", "op koers", "niet op koers", "niet te beoordelen", "niet behaald".
std::string_view GoalProgressLabel(common::v1::GoalProgress progress);

}  // namespace veilig::report
