#include "common/report/html/html_page.h"

namespace veilig::report {
namespace {

constexpr char kStyle[] = R"css(
:root { color: #1a1a1a; background: #fff; font-family: "Segoe UI", Arial, sans-serif; }
body { max-width: 60rem; margin: 0 auto; padding: 1rem 1.5rem; line-height: 1.45; }
h1 { font-size: 1.8rem; margin-bottom: .2rem; } h2 { border-bottom: 2px solid #0b3d6b; padding-bottom: .2rem; margin-top: 2.5rem; }
h3 { margin-top: 1.8rem; color: #0b3d6b; } h4 { margin: 1.2rem 0 .4rem; }
a { color: #0b3d6b; } .meta { color: #444; }
table { border-collapse: collapse; margin: .5rem 0 1rem; font-size: .92rem; }
th, td { border: 1px solid #bbb; padding: .25rem .5rem; text-align: right; }
th[scope=row], td.text { text-align: left; } caption { text-align: left; font-weight: 600; padding: .2rem 0; }
.note { font-size: .88rem; color: #333; border-left: 3px solid #b03a2e; padding-left: .5rem; }
.unavailable { background: #fdf2e9; border: 1px solid #b03a2e; padding: .6rem; }
.status-draft { background: #fff3cd; padding: .4rem .6rem; border: 1px solid #8a6d00; }
figure { margin: .5rem 0; } svg.chart { max-width: 100%; height: auto; }
.indicator { page-break-inside: avoid; break-inside: avoid; }
@media print {
  @page { size: A4; margin: 18mm 15mm; }
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  nav, .no-print { display: none; }
  h2 { page-break-before: always; break-before: page; }
  a { color: inherit; text-decoration: none; }
}
)css";

}  // namespace

std::string HtmlPage(const std::string& title, const std::string& body) {
  return "<!DOCTYPE html>\n<html lang=\"nl\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
         "content=\"width=device-width, initial-scale=1\"><link rel=\"icon\" "
         "href=\"data:,\"><title>" +
         title + "</title><style>" + kStyle + "</style></head><body>" + body + "</body></html>\n";
}

}  // namespace veilig::report
