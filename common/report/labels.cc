#include "common/report/labels.h"

namespace veilig::report {

std::string_view GoalStatusLabel(common::v1::GoalStatus status) {
  switch (status) {
    case common::v1::GOAL_STATUS_ACHIEVED:
      return "behaald";
    case common::v1::GOAL_STATUS_NOT_ACHIEVED:
      return "niet behaald";
    default:
      return "geen gegevens";
  }
}

std::string_view GoalProgressLabel(common::v1::GoalProgress progress) {
  switch (progress) {
    case common::v1::GOAL_PROGRESS_ACHIEVED:
      return "behaald";
    case common::v1::GOAL_PROGRESS_ON_TRACK:
      return "op koers";
    case common::v1::GOAL_PROGRESS_OFF_TRACK:
      return "niet op koers";
    case common::v1::GOAL_PROGRESS_NOT_ACHIEVED:
      return "niet behaald";
    default:
      return "niet te beoordelen";
  }
}

std::string_view UnitLabel(common::v1::Unit unit) {
  switch (unit) {
    case common::v1::UNIT_PER_1000_INHABITANTS:
      return "per 1.000 inwoners";
    case common::v1::UNIT_PER_1000_DWELLINGS:
      return "per 1.000 woningen";
    case common::v1::UNIT_PER_1000_RESIDENTS_12_24:
      return "per 1.000 jongeren van 12 tot en met 24 jaar";
    case common::v1::UNIT_PER_1000_RESIDENTS_12_17:
      return "per 1.000 jongeren van 12 tot en met 17 jaar";
    default:
      return "";
  }
}

}  // namespace veilig::report
