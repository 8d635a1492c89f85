#include "gateway/dashboard/overview_page.h"

#include <algorithm>
#include <cstdio>

#include "common/report/dutch_number.h"
#include "common/report/dutch_period.h"
#include "common/report/html_escape.h"
#include "common/report/labels.h"
#include "common/report/report_tables.h"
#include "gateway/dashboard/area_map.h"
#include "gateway/dashboard/dashboard_page.h"
#include "gateway/dashboard/dashboard_urls.h"
#include "gateway/dashboard/figure_text.h"
#include "gateway/dashboard/notes_html.h"

namespace veilig::gateway {
namespace {

namespace cv1 = common::v1;
using report::EscapeHtml;

constexpr double kSparkWidth = 240;
constexpr double kSparkHeight = 48;

// The half years as a line from zero up. Decorative: the card says the
// figures in words.
std::string Sparkline(const report::v1::IndicatorSummary& summary) {
  std::vector<double> values;
  for (const auto& point : summary.series().points()) {
    if (auto v = MappedValue(summary.indicator(), point)) values.push_back(*v);
  }
  if (values.size() < 2) return "";
  const double top = *std::max_element(values.begin(), values.end());
  if (top <= 0) return "";
  std::string points;
  char buffer[64];
  for (size_t i = 0; i < values.size(); ++i) {
    const double x =
        4 + (kSparkWidth - 8) * static_cast<double>(i) / static_cast<double>(values.size() - 1);
    const double y = kSparkHeight - 4 - (kSparkHeight - 8) * values[i] / top;
    std::snprintf(buffer, sizeof(buffer), "%s%.1f,%.1f", i == 0 ? "" : " ", x, y);
    points += buffer;
  }
  return "<svg viewBox=\"0 0 240 48\" aria-hidden=\"true\" focusable=\"false\"><line x1=\"4\" "
         "y1=\"44\" x2=\"236\" y2=\"44\" stroke=\"#8a8a8a\"/><polyline points=\"" +
         points +
         "\" fill=\"none\" stroke=\"#0b3d6b\" stroke-width=\"2.5\" "
         "stroke-linejoin=\"round\"/></svg>";
}

std::string Card(const report::v1::DashboardOverview& overview,
                 const report::v1::IndicatorSummary& summary) {
  const cv1::SeriesPoint* latest = nullptr;
  for (const auto& point : summary.series().points()) {
    if (point.period() == overview.period()) latest = &point;
  }
  std::string html = "<li class=\"veilig-card\"><h3 class=\"utrecht-heading-3\">" +
                     EscapeHtml(summary.indicator().title()) + "</h3>";
  html += "<p class=\"utrecht-paragraph veilig-value\">" +
          EscapeHtml(latest != nullptr ? FigureText(summary.indicator(), *latest) : "geen cijfer") +
          "</p>";
  html += Sparkline(summary);
  const auto& comparison = summary.year_earlier();
  html +=
      "<p class=\"utrecht-paragraph\">" + EscapeHtml(report::DutchPeriodShort(overview.period()));
  if (comparison.has_change_percent()) {
    html += "; " + EscapeHtml(ChangeText(comparison.change_percent())) + " t.o.v. " +
            EscapeHtml(report::DutchPeriodShort(comparison.from_period()));
  }
  html += "</p>";
  if (summary.has_goal_assessment()) {
    html += "<p class=\"utrecht-paragraph\">Doel: <span class=\"veilig-status\">" +
            EscapeHtml(report::GoalProgressLabel(summary.goal_assessment().progress())) +
            "</span></p>";
  }
  if (!HasFiguresPerArea(summary.indicator())) return html + "</li>";
  html += "<p class=\"utrecht-paragraph\"><a class=\"utrecht-link\" href=\"" +
          EscapeHtml(
              MapUrl(overview.municipality(), MapOf(summary.indicator().id(), overview.period()))) +
          "\">Per wijk op de kaart<span class=\"veilig-visually-hidden\">: " +
          EscapeHtml(summary.indicator().title()) + "</span></a></p></li>";
  return html;
}

// The survey indicators: each edition with its margin, and in words whether
// a difference is beyond the margins (a table and sentences, not a chart
// that would make every wiggle look real).
std::string SurveysHtml(const report::v1::DashboardOverview& overview) {
  if (overview.surveys().empty()) return "";
  std::string html = "<h2 class=\"utrecht-heading-2\">Uit enquêtes</h2>";
  for (const auto& survey : overview.surveys()) {
    const report::DataTable table = report::SurveyTable(survey);
    html += "<h3 class=\"utrecht-heading-3\">" + EscapeHtml(survey.indicator().title()) + "</h3>";
    if (table.rows.empty()) html += NotesHtml(survey.notes());
    for (const auto& sentence : survey.narrative()) {
      html += "<p class=\"utrecht-paragraph\">" + EscapeHtml(sentence) + "</p>";
    }
    if (table.rows.empty()) continue;  // the sentence says there is no edition
    html += "<table class=\"utrecht-table\"><caption class=\"utrecht-table__caption\">" +
            EscapeHtml(table.caption) + "</caption><thead class=\"utrecht-table__header\"><tr>";
    for (const auto& column : table.columns) {
      html +=
          "<th class=\"utrecht-table__header-cell\" scope=\"col\">" + EscapeHtml(column) + "</th>";
    }
    html += "</tr></thead><tbody class=\"utrecht-table__body\">";
    for (const auto& row : table.rows) {
      html +=
          "<tr class=\"utrecht-table__row\"><th class=\"utrecht-table__header-cell\" "
          "scope=\"row\">" +
          EscapeHtml(row.front()) + "</th>";
      for (size_t i = 1; i < row.size(); ++i) {
        html += "<td class=\"utrecht-table__cell utrecht-table__cell--numeric\">" +
                EscapeHtml(row[i]) + "</td>";
      }
      html += "</tr>";
    }
    html += "</tbody></table>";
    html += NotesHtml(survey.notes());
  }
  return html;
}

}  // namespace

std::string RenderOverviewPage(const report::v1::DashboardOverview& overview) {
  DashboardPage page;
  page.title = "Dashboard veiligheid " + overview.municipality_name();
  page.breadcrumbs.push_back({"Rapportages", "/rapportages"});
  page.breadcrumbs.push_back({"Dashboard " + overview.municipality_name(), ""});
  const std::string report_url =
      "/rapportages/" + overview.municipality() + "/" + overview.period() +
      (overview.version() > 0 ? "?versie=" + std::to_string(overview.version()) : "");
  std::string& body = page.body;
  body +=
      "<p class=\"utrecht-paragraph\">De indicatoren van het actieplan zoals de <a "
      "class=\"utrecht-link\" href=\"" +
      EscapeHtml(report_url) + "\">voortgangsrapportage over de " +
      EscapeHtml(report::DutchPeriod(overview.period())) + "</a>" +
      (overview.version() > 0 ? " (versie " + std::to_string(overview.version()) + ")"
                              : " (concept)") +
      " ze geeft. Elke indicator leidt naar de kaart van de wijken.</p>";
  std::string theme;
  for (const auto& summary : overview.indicators()) {
    if (summary.theme_title() != theme) {
      if (!theme.empty()) body += "</ul>";
      theme = summary.theme_title();
      body += "<h2 class=\"utrecht-heading-2\">" + EscapeHtml(theme) +
              "</h2><ul class=\"veilig-cards\">";
    }
    body += Card(overview, summary);
  }
  if (!theme.empty()) body += "</ul>";
  body += SurveysHtml(overview);
  body +=
      "<h2 class=\"utrecht-heading-2\">Beleidsindicatoren</h2><p class=\"utrecht-paragraph\"><a "
      "class=\"utrecht-link\" href=\"" +
      EscapeHtml(PrescribedUrl(overview.municipality())) +
      "\">De beleidsindicatoren over veiligheid voor de begroting en de jaarstukken</a>, per jaar "
      "naast Nederland.</p>";
  body +=
      "<h2 class=\"utrecht-heading-2\">Signalen</h2><p class=\"utrecht-paragraph\"><a "
      "class=\"utrecht-link\" href=\"" +
      EscapeHtml(SignalsUrl(overview.municipality())) +
      "\">Waar een indicator in een wijk of buurt meer steeg dan toeval verklaart</a>.</p>";
  const std::string here = OverviewUrl(overview.municipality());
  body += "<h2 class=\"utrecht-heading-2\">Downloaden</h2><ul class=\"veilig-downloads\">";
  body += "<li><a class=\"utrecht-link\" href=\"" + EscapeHtml(CsvUrl(here)) +
          "\" download>Overzicht als CSV (Excel, puntkomma)</a></li>";
  body += "<li><a class=\"utrecht-link\" href=\"" + EscapeHtml(CsvUrl(here, true)) +
          "\" download>Overzicht als CSV (RFC 4180, komma)</a></li>";
  body += "<li><a class=\"utrecht-link\" href=\"" +
          EscapeHtml(OverviewApiUrl(overview.municipality())) + "\">Als JSON (API)</a></li></ul>";
  page.sources.push_back("Bron: de voortgangsrapportage van " + overview.municipality_name() + ".");
  for (const auto& survey : overview.surveys()) {
    if (!survey.indicator().source().empty()) {
      page.sources.push_back("Enquête: " + survey.indicator().source() + ".");
    }
  }
  return RenderDashboardPage(page);
}

}  // namespace veilig::gateway
