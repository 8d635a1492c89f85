#include "gateway/dashboard/area_page.h"

#include "common/domain/codes.h"
#include "common/report/html_escape.h"
#include "common/report/signal_text.h"
#include "gateway/dashboard/dashboard_page.h"
#include "gateway/dashboard/dashboard_urls.h"
#include "gateway/dashboard/notes_html.h"
#include "gateway/dashboard/series_views.h"
#include "gateway/dashboard/year_on_year.h"

namespace veilig::gateway {
namespace {

namespace cv1 = common::v1;
using report::EscapeHtml;

std::string IndicatorSection(const AreaPageInput& input, const report::v1::AreaIndicatorSeries& one,
                             int index) {
  const auto& profile = input.profile;
  const std::string id = "indicator-" + std::to_string(index);
  std::string html = "<section aria-labelledby=\"" + id +
                     "\"><h2 class=\"utrecht-heading-2\" id=\"" + id + "\">" +
                     EscapeHtml(one.indicator().title()) + "</h2>";
  std::vector<const cv1::AreaSeries*> halves;
  for (const auto& s : one.half_years()) halves.push_back(&s);
  html += "<h3 class=\"utrecht-heading-3\">Per halfjaar</h3>";
  html += SeriesChart(one.indicator(), halves, id + "-halfjaar");
  html +=
      SeriesTable(one.indicator(), halves,
                  one.indicator().title() + " per halfjaar: " + profile.area().name() +
                      (halves.size() > 1 ? " en ter vergelijking " + input.municipality_name : ""));
  if (!halves.empty()) {
    if (auto sentence = YearOnYearSentence(*halves.front())) {
      html += "<p class=\"utrecht-paragraph\">" + EscapeHtml(*sentence) + "</p>";
    }
  }
  html += "<h3 class=\"utrecht-heading-3\">Per maand</h3>";
  html += SeriesChart(one.indicator(), {&one.months()}, id + "-maand");
  html += "<details><summary>Cijfers per maand in een tabel</summary>";
  html += SeriesTable(one.indicator(), {&one.months()},
                      one.indicator().title() + " per maand: " + profile.area().name());
  html += "</details>";
  if (IsDistrictCode(profile.area().code())) {
    html += "<p class=\"utrecht-paragraph\"><a class=\"utrecht-link\" href=\"" +
            EscapeHtml(MapUrl(profile.municipality(), MapOf(one.indicator().id(), input.map_period,
                                                            profile.area().code()))) +
            "\">De buurten van " + EscapeHtml(profile.area().name()) +
            " op de kaart<span class=\"veilig-visually-hidden\">: " +
            EscapeHtml(one.indicator().title()) + "</span></a></p>";
  }
  html += "</section>";
  return html;
}

}  // namespace

std::string RenderAreaPage(const AreaPageInput& input) {
  const auto& profile = input.profile;
  const std::string& gm = profile.municipality();
  const bool wijk = IsDistrictCode(profile.area().code());
  DashboardPage page;
  page.title = profile.area().name() + (wijk ? " (wijk)" : " (buurt)");
  page.breadcrumbs.push_back({"Dashboard " + input.municipality_name, OverviewUrl(gm)});
  const std::string first =
      profile.indicators().empty() ? "" : profile.indicators(0).indicator().id();
  page.breadcrumbs.push_back(
      {"Kaart " + input.municipality_name, MapUrl(gm, MapOf(first, input.map_period))});
  if (!wijk && !profile.area().parent().empty()) {
    page.breadcrumbs.push_back(
        {input.parent_name.empty() ? profile.area().parent() : input.parent_name,
         AreaUrl(gm, profile.area().parent())});
  }
  page.breadcrumbs.push_back({profile.area().name(), ""});
  std::string& body = page.body;
  body += "<p class=\"utrecht-paragraph\">" +
          EscapeHtml(wijk ? "Wijk van " + input.municipality_name
                          : "Buurt in " + (input.parent_name.empty() ? profile.area().parent()
                                                                     : input.parent_name)) +
          ", CBS-code " + EscapeHtml(profile.area().code()) +
          ". Per indicator de cijfers per halfjaar, naast die van de gemeente, en per maand.</p>";
  if (input.signals_state == report::v1::SIGNALS_STATE_PENDING ||
      input.signals_state == report::v1::SIGNALS_STATE_UNAVAILABLE) {
    body += SignalsMissingNote(input.signals_state == report::v1::SIGNALS_STATE_PENDING,
                               "de pagina toont de cijfers zonder signalen.");
  }
  if (!input.signals.empty()) {
    // A signal is news: said before the figures, in words, with a warning.
    body +=
        "<div class=\"utrecht-alert utrecht-alert--warning\" role=\"note\"><p "
        "class=\"utrecht-paragraph\">Signaal: hoger of meer gestegen dan toeval verklaart.</p><ul "
        "class=\"utrecht-unordered-list\">";
    for (const auto& [signal, indicator] : input.signals) {
      body += "<li class=\"utrecht-unordered-list__item\">" +
              EscapeHtml(report::SignalSentence(signal, indicator)) + "</li>";
    }
    body += "</ul><p class=\"utrecht-paragraph\"><a class=\"utrecht-link\" href=\"" +
            EscapeHtml(SignalsUrl(gm)) + "\">Alle signalen en hoe ze berekend zijn</a></p></div>";
  }
  body += NotesHtml(profile.notes());
  int index = 0;
  for (const auto& one : profile.indicators()) body += IndicatorSection(input, one, ++index);
  if (profile.indicators().empty()) {
    body += "<p class=\"utrecht-paragraph\">Voor dit gebied zijn geen cijfers bekend.</p>";
  }
  const std::string here = AreaUrl(gm, profile.area().code());
  body += "<h2 class=\"utrecht-heading-2\">Downloaden</h2><ul class=\"veilig-downloads\">";
  body += "<li><a class=\"utrecht-link\" href=\"" + EscapeHtml(CsvUrl(here)) +
          "\" download>Cijfers als CSV (Excel, puntkomma)</a></li>";
  body += "<li><a class=\"utrecht-link\" href=\"" + EscapeHtml(CsvUrl(here, true)) +
          "\" download>Cijfers als CSV (RFC 4180, komma)</a></li>";
  body += "<li><a class=\"utrecht-link\" href=\"" +
          EscapeHtml(AreaApiUrl(gm, profile.area().code())) + "\">Als JSON (API)</a></li></ul>";
  std::set<std::string> sources;
  for (const auto& one : profile.indicators()) sources.insert(one.indicator().source());
  for (const auto& source : sources) page.sources.push_back("Bron cijfers: " + source + ".");
  return RenderDashboardPage(page);
}

}  // namespace veilig::gateway
