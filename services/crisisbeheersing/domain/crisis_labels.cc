#include "services/crisisbeheersing/domain/crisis_labels.h"

namespace veilig::crisisbeheersing {

std::string_view GripLabel(v1::GripLevel grip) {
  using namespace v1;
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

std::string_view PoolScopeLabel(v1::PoolScope scope) {
  return scope == v1::POOL_SCOPE_LOCAL ? "lokaal" : "interregionaal";
}

}  // namespace veilig::crisisbeheersing
