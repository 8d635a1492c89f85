// The progress report as a server-rendered HTML page (no JavaScript needed to
// read it), with a print stylesheet for a clean A4 PDF from the browser, and
// the index page of published reports.
#pragma once

#include <string>
#include <vector>

#include "veilig/report/v1/report_service.pb.h"

namespace veilig::report {

// `versions` are the published versions of this report, for the navigation.
std::string RenderReportHtml(const report::v1::ProgressReport& report,
                             const std::vector<report::v1::ReportVersion>& versions);

std::string RenderIndexHtml(const std::vector<report::v1::PublishedReport>& published);

// A short HTML page for an error, in Dutch.
std::string RenderErrorHtml(int http_status, const std::string& message);

}  // namespace veilig::report
