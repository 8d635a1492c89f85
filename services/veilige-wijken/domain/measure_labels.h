// Dutch names of the kinds of measure, as the report and veiligctl print them.
#pragma once

#include <string_view>

#include "veilig/veiligewijken/v1/measures.pb.h"

namespace veilig::veiligewijken {

// "Alcoholverbod", "Gebiedsverbod", ...
std::string_view MeasureKindLabel(v1::MeasureKind kind);

}  // namespace veilig::veiligewijken
