// Dutch names of GRIP levels and pool scopes, as the report and veiligctl
// print them.
#pragma once

#include <string_view>

#include "veilig/crisisbeheersing/v1/incidents.pb.h"

namespace veilig::crisisbeheersing {

// "GRIP 2", "geen GRIP", ...
std::string_view GripLabel(v1::GripLevel grip);
// "lokaal" or "interregionaal".
std::string_view PoolScopeLabel(v1::PoolScope scope);

}  // namespace veilig::crisisbeheersing
