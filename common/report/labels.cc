#include "common/report/labels.h"

namespace veilig::report {

std::string_view MeasureKindLabel(veiligewijken::v1::MeasureKind kind) {
  using namespace veiligewijken::v1;
  switch (kind) {
    case MEASURE_KIND_SECURITY_RISK_AREA:
      return "Veiligheidsrisicogebied";
    case MEASURE_KIND_ALCOHOL_BAN:
      return "Alcoholverbod";
    case MEASURE_KIND_CANNABIS_BAN:
      return "Blowverbod";
    case MEASURE_KIND_ALCOHOL_CANNABIS_BAN:
      return "Alcohol- en blowverbod";
    case MEASURE_KIND_KNIFE_BAN:
      return "Messenverbod";
    case MEASURE_KIND_AREA_BAN:
      return "Gebiedsverbod";
    case MEASURE_KIND_FORMAL_WARNING:
      return "Formele waarschuwing";
    case MEASURE_KIND_AREA_BAN_WARNING:
      return "Waarschuwing gebiedsontzegging";
    case MEASURE_KIND_COLLECTIVE_BAR_BAN:
      return "Collectieve horeca-ontzegging";
    case MEASURE_KIND_ROSA_REPORT:
      return "ROSA-melding";
    case MEASURE_KIND_HOUSING_NUISANCE_WARNING:
      return "Bestuurlijke waarschuwing woonoverlast";
    default:
      return "Maatregel";
  }
}

std::string_view GripLabel(crisisbeheersing::v1::GripLevel grip) {
  using namespace crisisbeheersing::v1;
  switch (grip) {
    case GRIP_LEVEL_NONE:
      return "geen GRIP";
    case GRIP_LEVEL_1:
      return "GRIP 1";
    case GRIP_LEVEL_2:
      return "GRIP 2";
    case GRIP_LEVEL_3:
      return "GRIP 3";
    case GRIP_LEVEL_4:
      return "GRIP 4";
    case GRIP_LEVEL_5:
      return "GRIP 5";
    case GRIP_LEVEL_RIJK:
      return "GRIP Rijk";
    default:
      return "onbekend";
  }
}

std::string_view PoolScopeLabel(crisisbeheersing::v1::PoolScope scope) {
  return scope == crisisbeheersing::v1::POOL_SCOPE_LOCAL ? "lokaal" : "interregionaal";
}

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

}  // namespace veilig::report
