#include "common/report/html/html_page.h"

namespace veilig::report {
namespace {

// Why some rules are as they are:
// - Tables use separate borders: with collapsed borders a sticky first
//   column leaves its borders behind when the table scrolls sideways.
// - At 390 px only a .table-scroll box may scroll sideways, never the page;
//   its caption stays in view at the box's width (a container query unit).
// - Goal status colours (text on background at least 7:1) only add to the
//   status the cell's text already says.
// - In print the table of contents is left out: Chromium cannot print the
//   page numbers it would need (no target-counter()), and without it the
//   summary fits on page 1. Page numbers come from the @page margin box.
constexpr char kStyle[] = R"css(
:root { color: #1a1a1a; background: #fff; font-family: "Segoe UI", Arial, sans-serif; }
body { max-width: 60rem; margin: 0 auto; padding: 1rem 1.5rem; line-height: 1.45; overflow-wrap: break-word; }
h1 { font-size: 1.8rem; margin-bottom: .2rem; overflow-wrap: anywhere; hyphens: auto; }
h2 { border-bottom: 2px solid #0b3d6b; padding-bottom: .2rem; margin-top: 2.5rem; }
h3 { margin-top: 1.8rem; color: #0b3d6b; } h4 { margin: 1.2rem 0 .4rem; }
a { color: #0b3d6b; } .meta { color: #444; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
table { border-collapse: separate; border-spacing: 0; margin: .5rem 0 1rem; font-size: .92rem; }
th, td { border: 1px solid #bbb; border-width: 0 1px 1px 0; padding: .25rem .5rem; text-align: right; background: #fff; }
tr > :first-child { border-left-width: 1px; }
thead tr:first-child > *, caption + tbody tr:first-child > * { border-top-width: 1px; }
th[scope=row], th.text, td.text { text-align: left; } caption { text-align: left; font-weight: 600; padding: .2rem 0; }
.table-scroll { max-width: 100%; overflow-x: auto; margin: .5rem 0 1rem; container-type: inline-size; }
.table-scroll > table { margin: 0; }
.table-scroll:focus-visible { outline: 2px solid #0b3d6b; outline-offset: 2px; }
.table-scroll tr > :first-child { position: sticky; left: 0; z-index: 1; }
.table-scroll caption { position: sticky; left: 0; max-width: 100cqi; }
.note { font-size: .88rem; color: #333; border-left: 3px solid #b03a2e; padding-left: .5rem; }
.unavailable { background: #fdf2e9; border: 1px solid #b03a2e; padding: .6rem; }
.status-draft { background: #fff3cd; padding: .4rem .6rem; border: 1px solid #8a6d00; }
figure { margin: 0; } figure svg { width: 100%; height: auto; display: block; }
figcaption { font-size: .9rem; margin: .3rem 0 .8rem; }
.chart-narrow { display: none; }
@media (max-width: 40em) {
  body { padding: .75rem 1rem; }
  h1 { font-size: 1.5rem; }
  .chart-wide { display: none; } .chart-narrow { display: block; }
}
nav.toc { background: #f5f7fa; border: 1px solid #c8d0da; padding: .5rem 1rem; margin: 1.5rem 0; }
nav.toc ol { margin: .3rem 0; padding-left: 1.5rem; list-style: none; } nav.toc > ol { padding-left: 0; }
nav.toc li { margin: .2rem 0; }
section#samenvatting table { width: 100%; }
section#samenvatting td, section#samenvatting th { text-align: left; }
.status-behaald, .status-op-koers, .status-niet-op-koers, .status-niet-te-beoordelen { font-weight: 600; }
.status-behaald { color: #0a5c2b; background: #e3f4e8; }
.status-op-koers { color: #0b4a7a; background: #e4effa; }
.status-niet-op-koers { color: #8a1c12; background: #fbe6e4; }
.status-niet-te-beoordelen { color: #444; background: #eee; }
.staff-text { border-left: 3px solid #8a9bb0; padding-left: .75rem; margin: .8rem 0; }
.footnotes { font-size: .875rem; padding-left: 1.5rem; }
sup.noteref { line-height: 0; } sup.noteref a { text-decoration: none; padding: 0 .1em; }
footer.colofon { border-top: 1px solid #bbb; margin-top: 3rem; padding-top: .5rem; font-size: .9rem; color: #444; }
@page {
  size: A4;
  margin: 18mm 16mm 20mm;
  @bottom-center { content: "Pagina " counter(page) " van " counter(pages); font: 9pt Arial, sans-serif; color: #444; }
}
@media print {
  :root { font-size: 10.5pt; }
  body { max-width: none; margin: 0; padding: 0; }
  .no-print, nav.toc { display: none; }
  a { color: inherit; text-decoration: none; }
  section.theme > h2 { margin-top: 0; }
  h2, h3, h4 { break-after: avoid; }
  section#samenvatting { break-before: avoid; }
  section.theme { break-before: page; }
  tr, thead, figure, .indicator > h4 { break-inside: avoid; }
  thead { display: table-header-group; }
  .table-scroll { overflow: visible; }
  .table-scroll tr > :first-child, .table-scroll caption { position: static; max-width: none; }
  .status-behaald, .status-op-koers, .status-niet-op-koers, .status-niet-te-beoordelen {
    print-color-adjust: exact; -webkit-print-color-adjust: exact;
  }
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
