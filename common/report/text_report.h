// The progress report as plain text for a terminal: per theme, topic and
// indicator the five half years of the municipality and its comparison
// groups, the comparisons and the goal status, in Dutch number format.
#pragma once

#include <string>

#include "veilig/report/v1/report_service.pb.h"

namespace veilig::report {

std::string RenderText(const v1::ProgressReport& report);

}  // namespace veilig::report
