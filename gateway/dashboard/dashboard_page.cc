#include "gateway/dashboard/dashboard_page.h"

#include "common/report/html_escape.h"

namespace veilig::gateway {
namespace {

using report::EscapeHtml;

// What the NL Design System components leave to the page: the grid of small
// multiples, the map and its legend, sortable headers, visually hidden text.
constexpr char kStyle[] = R"css(
.utrecht-page { max-inline-size: 72rem; margin-inline: auto; padding-inline: 1rem; }
.utrecht-breadcrumb-nav__list { padding: 0; gap: .25rem .5rem; }
.utrecht-breadcrumb-nav__item + .utrecht-breadcrumb-nav__item::before { content: "›"; margin-inline-end: .5rem; }
.veilig-visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.veilig-cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); gap: 1rem; padding: 0; list-style: none; }
.veilig-card { border: 1px solid #8a8a8a; border-radius: 4px; padding: .75rem 1rem; }
.veilig-card h3 { margin-block: 0 .25rem; font-size: 1.05rem; }
.veilig-card .veilig-value { font-size: 1.5rem; font-weight: 700; margin: .25rem 0; }
.veilig-card svg { display: block; inline-size: 100%; block-size: auto; }
.veilig-status { font-weight: 600; }
.veilig-map { max-inline-size: 48rem; }
.veilig-map svg { display: block; inline-size: 100%; block-size: auto; }
.veilig-map a:focus-visible path, .veilig-map a:hover path { stroke: #000; stroke-width: 3; }
.veilig-map text { font: 600 13px sans-serif; fill: #1a1a1a; paint-order: stroke; stroke: #fff; stroke-width: 3px; pointer-events: none; }
.veilig-legend { display: flex; flex-wrap: wrap; gap: .25rem 1rem; padding: 0; list-style: none; }
.veilig-swatch { display: inline-block; inline-size: 1.25rem; block-size: 1rem; border: 1px solid #555; vertical-align: middle; margin-inline-end: .35rem; }
.veilig-swatch--missing { background: repeating-linear-gradient(45deg, #fff 0 3px, #777 3px 4px); }
.veilig-table-scroll { max-inline-size: 100%; overflow-x: auto; }
.veilig-table-scroll th, .veilig-table-scroll td { white-space: nowrap; }
.utrecht-heading-1 { overflow-wrap: break-word; hyphens: auto; }
.veilig-table-scroll:focus-visible { outline: 2px solid #000; outline-offset: 2px; }
.utrecht-table__cell--numeric, .utrecht-table__header-cell--numeric { text-align: end; font-variant-numeric: tabular-nums; }
.veilig-filters { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: end; }
.veilig-downloads { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; padding: 0; list-style: none; }
.veilig-chart { max-inline-size: 46rem; }
.veilig-chart svg { inline-size: 100%; block-size: auto; display: block; }
.veilig-chart svg.chart-narrow { display: none; }
@media (max-width: 40em) {
  .utrecht-heading-1 { font-size: 1.75rem; }
  .veilig-map text { display: none; }
  .veilig-chart svg.chart-wide { display: none; }
  .veilig-chart svg.chart-narrow { display: block; }
}
)css";

}  // namespace

std::string RenderDashboardPage(const DashboardPage& page) {
  std::string html =
      "<!DOCTYPE html>\n<html lang=\"nl\" class=\"utrecht-root voorbeeld-theme\"><head>"
      "<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, "
      "initial-scale=1\"><link rel=\"icon\" href=\"data:,\"><title>";
  html += EscapeHtml(page.title);
  html += " – Veilig</title><link rel=\"stylesheet\" href=\"";
  html += kStylesheetPath;
  html += "\"><style>";
  html += kStyle;
  html += "</style></head><body class=\"utrecht-document utrecht-body\">";
  html +=
      "<a class=\"utrecht-skip-link utrecht-skip-link--visible-on-focus\" href=\"#inhoud\">Naar "
      "de inhoud</a>";
  for (const auto& skip : page.skip_links) {
    html += "<a class=\"utrecht-skip-link utrecht-skip-link--visible-on-focus\" href=\"" +
            EscapeHtml(skip.href) + "\">" + EscapeHtml(skip.label) + "</a>";
  }
  html += "<div class=\"utrecht-page\"><header class=\"utrecht-page-header\">";
  html +=
      "<p class=\"utrecht-paragraph\"><a class=\"utrecht-link\" href=\"/rapportages\">Veilig</a> "
      "· veiligheidscijfers per gemeente, wijk en buurt</p>";
  if (!page.breadcrumbs.empty()) {
    html +=
        "<nav class=\"utrecht-breadcrumb-nav\" aria-label=\"Kruimelpad\"><ol "
        "class=\"utrecht-breadcrumb-nav__list utrecht-breadcrumb-nav__list--html-ol\">";
    for (const auto& crumb : page.breadcrumbs) {
      html += "<li class=\"utrecht-breadcrumb-nav__item\">";
      if (crumb.href.empty()) {
        html +=
            "<span class=\"utrecht-breadcrumb-nav__link utrecht-breadcrumb-nav__link--current\" "
            "aria-current=\"page\">" +
            EscapeHtml(crumb.label) + "</span>";
      } else {
        html += "<a class=\"utrecht-breadcrumb-nav__link\" href=\"" + EscapeHtml(crumb.href) +
                "\">" + EscapeHtml(crumb.label) + "</a>";
      }
      html += "</li>";
    }
    html += "</ol></nav>";
  }
  html += "</header><main id=\"inhoud\" class=\"utrecht-page-content\" tabindex=\"-1\">";
  html += "<h1 class=\"utrecht-heading-1\">" + EscapeHtml(page.title) + "</h1>";
  html += page.body;
  html += "</main><footer class=\"utrecht-page-footer\">";
  for (const auto& source : page.sources) {
    html += "<p class=\"utrecht-paragraph\">" + EscapeHtml(source) + "</p>";
  }
  html += "</footer></div></body></html>\n";
  return html;
}

}  // namespace veilig::gateway
