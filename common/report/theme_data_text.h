// The theme services' own data in the text report: measures, enforcement
// cases, registers, incidents, on-call pools and event advice.
#pragma once

#include <ostream>

#include "veilig/common/v1/section.pb.h"

namespace veilig::report {

void RenderThemeDataText(const common::v1::ThemeSection& section, std::ostream& out);

}  // namespace veilig::report
