#include "gateway/dashboard/signals_page.h"

#include "common/report/dutch_number.h"
#include "common/report/dutch_period.h"
#include "common/report/html_escape.h"
#include "common/report/signal_text.h"
#include "gateway/dashboard/dashboard_page.h"
#include "gateway/dashboard/dashboard_urls.h"

namespace veilig::gateway {
namespace {

namespace cv1 = common::v1;
using report::ChanceText;
using report::EscapeHtml;

std::string Cell(const std::string& text, bool numeric = true) {
  return std::string("<td class=\"utrecht-table__cell") +
         (numeric ? " utrecht-table__cell--numeric" : "") + "\">" + EscapeHtml(text) + "</td>";
}

std::string HeaderCell(const std::string& text, bool numeric = true) {
  return std::string("<th scope=\"col\" class=\"utrecht-table__header-cell") +
         (numeric ? " utrecht-table__header-cell--numeric" : "") + "\">" + EscapeHtml(text) +
         "</th>";
}

}  // namespace

cv1::Indicator SignalIndicator(const report::v1::SignalsOverview& overview,
                               const cv1::AreaSignal& signal) {
  return report::IndicatorOfSignal(overview.indicators(), signal);
}

std::string RenderSignalsPage(const report::v1::SignalsOverview& overview) {
  const std::string& gm = overview.municipality();
  DashboardPage page;
  page.title = "Signalen " + overview.municipality_name();
  page.breadcrumbs.push_back({"Rapportages", "/rapportages"});
  page.breadcrumbs.push_back({"Dashboard " + overview.municipality_name(), OverviewUrl(gm)});
  page.breadcrumbs.push_back({"Signalen", ""});
  std::string& body = page.body;
  body +=
      "<p class=\"utrecht-paragraph\">Waar een indicator in een wijk of buurt in een maand van "
      "de " +
      EscapeHtml(report::DutchPeriod(overview.period())) +
      " meer steeg dan toeval verklaart, waar het halfjaar hoger uitkwam dan een jaar eerder of "
      "in het peiljaar, ook naast de ontwikkeling van de hele gemeente, en waar een brandpunt "
      "ligt: "
      "een "
      "gebied dat samen met zijn buren hoger uitkomt dan een willekeurige verdeling van de "
      "cijfers zou geven. Kleine aantallen schommelen sterk; een signaal blijft ook na correctie "
      "voor het aantal beoordeelde gebieden en maanden staan. Beoordeeld: " +
      report::FormatCount(overview.tests()) + " toetsen, voor " +
      report::FormatCount(overview.indicators_size()) + " indicatoren.</p>";
  if (overview.signals().empty()) {
    body +=
        "<p class=\"utrecht-paragraph\" data-signalen=\"0\">Geen signalen: in geen enkele wijk "
        "of buurt steeg een indicator meer dan toeval verklaart, en geen brandpunt viel op.</p>";
  } else {
    body += "<ul class=\"utrecht-unordered-list\" data-signalen=\"" +
            std::to_string(overview.signals_size()) + "\">";
    for (const auto& signal : overview.signals()) {
      body += "<li class=\"utrecht-unordered-list__item\"><a class=\"utrecht-link\" href=\"" +
              EscapeHtml(AreaUrl(gm, signal.area())) + "\">" +
              EscapeHtml(report::SignalSentence(signal, SignalIndicator(overview, signal))) +
              "</a> Kans bij toeval " + EscapeHtml(ChanceText(signal.p_value())) +
              ", na correctie " + EscapeHtml(ChanceText(signal.adjusted_p_value())) +
              ".<details><summary>Hoe berekend</summary><p class=\"utrecht-paragraph\">" +
              EscapeHtml(report::HowComputed(signal)) + "</p></details></li>";
    }
    body += "</ul>";
    const std::string caption = "Signalen in de " + report::DutchPeriod(overview.period());
    body += "<div class=\"veilig-table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"" +
            EscapeHtml(caption) +
            "\"><table class=\"utrecht-table\"><caption class=\"utrecht-table__caption\">" +
            EscapeHtml(caption) +
            "</caption><thead class=\"utrecht-table__header\"><tr class=\"utrecht-table__row\">" +
            HeaderCell("Indicator", false) + HeaderCell("Soort", false) +
            HeaderCell("Gebied", false) + HeaderCell("Periode", false) +
            HeaderCell("Geregistreerd") + HeaderCell("Verwacht") + HeaderCell("Bovengrens") +
            HeaderCell("Kans bij toeval") + HeaderCell("Na correctie") +
            "</tr></thead><tbody class=\"utrecht-table__body\">";
    for (const auto& signal : overview.signals()) {
      body += "<tr class=\"utrecht-table__row\" data-gebied=\"" + EscapeHtml(signal.area()) +
              "\"><th scope=\"row\" class=\"utrecht-table__header-cell\">" +
              EscapeHtml(SignalIndicator(overview, signal).title()) + "</th>" +
              Cell(report::SignalKindText(signal), false) + Cell(signal.area_name(), false) +
              Cell(report::DutchPeriodShort(signal.period()), false) +
              Cell(report::FormatCount(signal.observed())) +
              Cell(report::FormatDecimal(signal.expected(), 1)) +
              Cell(report::UpperLimitText(signal)) + Cell(ChanceText(signal.p_value())) +
              Cell(ChanceText(signal.adjusted_p_value())) + "</tr>";
    }
    body += "</tbody></table></div>";
  }
  const std::string here = SignalsUrl(gm);
  body += "<h2 class=\"utrecht-heading-2\">Downloaden</h2><ul class=\"veilig-downloads\">";
  body += "<li><a class=\"utrecht-link\" href=\"" + EscapeHtml(CsvUrl(here)) +
          "\" download>Signalen als CSV (Excel, puntkomma)</a></li>";
  body += "<li><a class=\"utrecht-link\" href=\"" + EscapeHtml(CsvUrl(here, true)) +
          "\" download>Signalen als CSV (RFC 4180, komma)</a></li>";
  body += "<li><a class=\"utrecht-link\" href=\"" + EscapeHtml(SignalsApiUrl(gm)) +
          "\">Als JSON (API, met de getallen in volle precisie)</a></li></ul>";
  page.sources.push_back(
      "Methode: Farrington e.a. (1996), Noufaily e.a. (2012); Ord en Getis (1995); Benjamini en "
      "Hochberg (1995).");
  return RenderDashboardPage(page);
}

}  // namespace veilig::gateway
