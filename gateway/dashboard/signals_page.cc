#include "gateway/dashboard/signals_page.h"

#include <cmath>

#include "common/report/dutch_number.h"
#include "common/report/dutch_period.h"
#include "common/report/html_escape.h"
#include "gateway/dashboard/dashboard_page.h"
#include "gateway/dashboard/dashboard_urls.h"

namespace veilig::gateway {
namespace {

namespace cv1 = common::v1;
using report::EscapeHtml;

constexpr double kSmallestChanceShown = 1e-6;

// The negative binomial's limit is a whole count; the others are not.
std::string LimitText(double limit) {
  return limit == std::floor(limit) ? report::FormatCount(static_cast<int64_t>(limit))
                                    : report::FormatDecimal(limit, 1);
}

std::string ThresholdText(const std::string& threshold) {
  if (threshold == "negative_binomial") return "een kwantiel van de negatief-binomiale verdeling";
  if (threshold == "two_thirds_power") return "een benadering op de schaal van de 2/3-macht";
  return "de normale benadering";
}

std::string HowComputed(const cv1::AreaSignal& signal) {
  const auto& p = signal.parameters();
  std::string text =
      "Methode van Farrington (verbeterd door Noufaily e.a., 2012): een quasi-Poisson-model op "
      "dezelfde maanden van de " +
      std::to_string(p.years_back()) + " jaar ervoor, met " + std::to_string(p.window()) +
      " maanden ervoor en erna, voorspelt het aantal" +
      (p.relative_to_municipality() ? " als aandeel van het aantal in de hele gemeente" : "") +
      (signal.trend_used() ? ", met een trend" : ", zonder trend") +
      "; eerdere uitschieters tellen minder mee. De bovengrens is " + ThresholdText(p.threshold()) +
      " bij een overschrijdingskans van " + report::FormatDecimal(p.alpha() * 100, 0) +
      "%. Overdispersie " + report::FormatDecimal(signal.dispersion(), 2) +
      ". De kansen zijn gecorrigeerd voor de " + report::FormatCount(signal.tests()) +
      " beoordeelde combinaties van gebied en maand (Benjamini-Hochberg, " +
      report::FormatDecimal(p.false_discovery_rate() * 100, 0) +
      "% valse ontdekkingen); een maand met minder dan " + std::to_string(p.min_count()) +
      " geregistreerde feiten is nooit een signaal.";
  return text;
}

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

std::string SignalTitle(const report::v1::SignalsOverview& overview,
                        const cv1::AreaSignal& signal) {
  for (const auto& indicator : overview.indicators()) {
    if (indicator.id() == signal.indicator()) return indicator.title();
  }
  return signal.indicator();
}

std::string ChanceText(double p) {
  if (p < kSmallestChanceShown) return "minder dan 0,0001%";
  const double percent = p * 100;
  const int decimals = std::max(0, 1 - static_cast<int>(std::floor(std::log10(percent))));
  return report::FormatDecimal(percent, decimals) + "%";
}

std::string SignalSentence(const cv1::AreaSignal& signal, const std::string& title) {
  return title + " in " + signal.area_name() + ", " + report::DutchPeriod(signal.period()) + ": " +
         report::FormatCount(signal.observed()) + " geregistreerd, waar " +
         report::FormatDecimal(signal.expected(), 1) + " verwacht werd (bovengrens " +
         LimitText(signal.upper_limit()) + ").";
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
      " meer steeg dan toeval verklaart. Kleine aantallen schommelen sterk; een signaal is een "
      "maand die ook na correctie voor het aantal beoordeelde gebieden en maanden boven de "
      "verwachting uitkomt. Beoordeeld: " +
      report::FormatCount(overview.tests()) + " combinaties van gebied en maand, voor " +
      report::FormatCount(overview.indicators_size()) + " indicatoren.</p>";
  if (overview.signals().empty()) {
    body +=
        "<p class=\"utrecht-paragraph\" data-signalen=\"0\">Geen signalen: in geen enkele wijk "
        "of buurt steeg een indicator meer dan toeval verklaart.</p>";
  } else {
    body += "<ul class=\"utrecht-unordered-list\" data-signalen=\"" +
            std::to_string(overview.signals_size()) + "\">";
    for (const auto& signal : overview.signals()) {
      body += "<li class=\"utrecht-unordered-list__item\"><a class=\"utrecht-link\" href=\"" +
              EscapeHtml(AreaUrl(gm, signal.area())) + "\">" +
              EscapeHtml(SignalSentence(signal, SignalTitle(overview, signal))) +
              "</a> Kans bij toeval " + EscapeHtml(ChanceText(signal.p_value())) +
              ", na correctie " + EscapeHtml(ChanceText(signal.adjusted_p_value())) +
              ".<details><summary>Hoe berekend</summary><p class=\"utrecht-paragraph\">" +
              EscapeHtml(HowComputed(signal)) + "</p></details></li>";
    }
    body += "</ul>";
    const std::string caption = "Signalen in de " + report::DutchPeriod(overview.period());
    body += "<div class=\"veilig-table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"" +
            EscapeHtml(caption) +
            "\"><table class=\"utrecht-table\"><caption class=\"utrecht-table__caption\">" +
            EscapeHtml(caption) +
            "</caption><thead class=\"utrecht-table__header\"><tr class=\"utrecht-table__row\">" +
            HeaderCell("Indicator", false) + HeaderCell("Gebied", false) +
            HeaderCell("Maand", false) + HeaderCell("Geregistreerd") + HeaderCell("Verwacht") +
            HeaderCell("Bovengrens") + HeaderCell("Kans bij toeval") + HeaderCell("Na correctie") +
            "</tr></thead><tbody class=\"utrecht-table__body\">";
    for (const auto& signal : overview.signals()) {
      body += "<tr class=\"utrecht-table__row\" data-gebied=\"" + EscapeHtml(signal.area()) +
              "\"><th scope=\"row\" class=\"utrecht-table__header-cell\">" +
              EscapeHtml(SignalTitle(overview, signal)) + "</th>" +
              Cell(signal.area_name(), false) +
              Cell(report::DutchPeriodShort(signal.period()), false) +
              Cell(report::FormatCount(signal.observed())) +
              Cell(report::FormatDecimal(signal.expected(), 1)) +
              Cell(LimitText(signal.upper_limit())) + Cell(ChanceText(signal.p_value())) +
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
      "Methode: Farrington e.a. (1996), Noufaily e.a. (2012); Benjamini en Hochberg (1995).");
  return RenderDashboardPage(page);
}

}  // namespace veilig::gateway
