// The progress report as Markdown: headings per theme and topic, a table of
// the figures per indicator, the standard sentences, the theme's own data.
#pragma once

#include <string>

#include "veilig/report/v1/report_service.pb.h"

namespace veilig::report {

std::string RenderMarkdown(const v1::ProgressReport& report);

}  // namespace veilig::report
