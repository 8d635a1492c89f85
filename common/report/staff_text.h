// The department's own texts in a report: a safe subset of Markdown (CommonMark
// through Debian's libcmark). Raw HTML is dropped and unsafe link targets
// (javascript:, data: other than images) are removed, so a text can never
// inject markup into a published report.
#pragma once

#include <string>

namespace veilig::report {

// HTML for the report page. Headings in the text are moved `heading_offset`
// levels down (at most h6), so a text cannot break the report's outline.
std::string StaffTextHtml(const std::string& markdown, int heading_offset);

// The same text as normalised Markdown without raw HTML, for the Markdown and
// text reports.
std::string StaffTextMarkdown(const std::string& markdown);

}  // namespace veilig::report
