#include "services/veilige-wijken/domain/measure_labels.h"

namespace veilig::veiligewijken {

std::string_view MeasureKindLabel(v1::MeasureKind kind) {
  using namespace v1;
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

}  // namespace veilig::veiligewijken
