#include "gateway/dashboard/prescribed_page.h"

#include <algorithm>
#include <set>

#include "common/report/dutch_text.h"
#include "common/report/html_escape.h"
#include "common/report/labels.h"
#include "gateway/dashboard/dashboard_page.h"
#include "gateway/dashboard/dashboard_urls.h"
#include "gateway/dashboard/figure_text.h"
#include "gateway/dashboard/notes_html.h"
#include "gateway/dashboard/series_views.h"

namespace veilig::gateway {
namespace {

namespace cv1 = common::v1;
using report::EscapeHtml;

const cv1::SeriesPoint* PointOf(const cv1::AreaSeries& series, const std::string& period) {
  for (const auto& point : series.points()) {
    if (point.period() == period && point.complete()) return &point;
  }
  return nullptr;
}

std::string Cell(const cv1::Indicator& indicator, const cv1::SeriesPoint* point) {
  return "<td class=\"utrecht-table__cell utrecht-table__cell--numeric\">" +
         EscapeHtml(point != nullptr ? MappedValueCell(indicator, *point) : "–") + "</td>";
}

// The budget's table: one row per indicator, the last whole year.
std::string LastYearTable(const report::v1::PrescribedIndicators& prescribed) {
  const std::string& year = prescribed.years(prescribed.years_size() - 1);
  const std::string caption =
      "Beleidsindicatoren " + year + ": " + prescribed.municipality_name() + " en Nederland";
  std::string html =
      "<div class=\"veilig-table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"" +
      EscapeHtml(caption) +
      "\"><table class=\"utrecht-table\"><caption class=\"utrecht-table__caption\">" +
      EscapeHtml(caption) +
      "</caption><thead class=\"utrecht-table__header\"><tr class=\"utrecht-table__row\">"
      "<th scope=\"col\" class=\"utrecht-table__header-cell\">Indicator</th>"
      "<th scope=\"col\" class=\"utrecht-table__header-cell\">Eenheid</th>"
      "<th scope=\"col\" class=\"utrecht-table__header-cell "
      "utrecht-table__header-cell--numeric\">" +
      EscapeHtml(prescribed.municipality_name()) +
      "</th><th scope=\"col\" class=\"utrecht-table__header-cell "
      "utrecht-table__header-cell--numeric\">Nederland</th></tr></thead>"
      "<tbody class=\"utrecht-table__body\">";
  for (const auto& one : prescribed.indicators()) {
    const std::string id = one.indicator().id();
    html += "<tr class=\"utrecht-table__row\" data-indicator=\"" + EscapeHtml(id) +
            "\"><th scope=\"row\" class=\"utrecht-table__header-cell\"><a class=\"utrecht-link\" "
            "href=\"#" +
            EscapeHtml(id) + "\">" + EscapeHtml(one.indicator().title()) +
            "</a></th><td class=\"utrecht-table__cell\">" +
            EscapeHtml(MappedValueLabel(one.indicator())) + "</td>";
    html += Cell(one.indicator(), PointOf(one.municipality(), year));
    html +=
        Cell(one.indicator(), one.has_country() ? PointOf(one.country(), year)
                                                : static_cast<const cv1::SeriesPoint*>(nullptr));
    html += "</tr>";
  }
  html += "</tbody></table></div>";
  return html;
}

// Notes more than one indicator carries (such as the police's registration
// changes) are said once, above the indicators, naming the ones they are on.
struct SharedNotes {
  // As shown: the text and the indicators it is on.
  google::protobuf::RepeatedPtrField<cv1::SeriesNote> shown;
  // The texts as the indicators carry them, to leave out under each.
  std::set<std::string> texts;
};

bool Carries(const report::v1::PrescribedIndicatorYears& one, const std::string& text) {
  return std::any_of(one.notes().begin(), one.notes().end(),
                     [&text](const cv1::SeriesNote& note) { return note.text() == text; });
}

SharedNotes NotesOfSeveral(const report::v1::PrescribedIndicators& prescribed) {
  SharedNotes shared;
  std::set<std::string> seen;
  for (const auto& first : prescribed.indicators()) {
    for (const auto& note : first.notes()) {
      if (!seen.insert(note.text()).second) continue;
      std::vector<std::string> titles;
      for (const auto& one : prescribed.indicators()) {
        if (Carries(one, note.text())) titles.push_back(one.indicator().title());
      }
      if (titles.size() < 2) continue;
      shared.texts.insert(note.text());
      cv1::SeriesNote& named = *shared.shown.Add();
      named = note;
      named.set_text(note.text() + " (Bij: " + report::DutchList(titles) + ".)");
    }
  }
  return shared;
}

google::protobuf::RepeatedPtrField<cv1::SeriesNote> OwnNotes(
    const report::v1::PrescribedIndicatorYears& one, const SharedNotes& shared) {
  google::protobuf::RepeatedPtrField<cv1::SeriesNote> own;
  for (const auto& note : one.notes()) {
    if (!shared.texts.contains(note.text())) *own.Add() = note;
  }
  return own;
}

std::string IndicatorSection(const report::v1::PrescribedIndicators& prescribed,
                             const report::v1::PrescribedIndicatorYears& one,
                             const SharedNotes& shared) {
  const std::string& id = one.indicator().id();
  std::string html = "<section aria-labelledby=\"" + EscapeHtml(id) +
                     "\"><h2 class=\"utrecht-heading-2\" id=\"" + EscapeHtml(id) + "\">" +
                     EscapeHtml(one.indicator().title()) + " " +
                     EscapeHtml(MappedValueLabel(one.indicator())) + "</h2>";
  html += NotesHtml(OwnNotes(one, shared));
  std::vector<const cv1::AreaSeries*> series = {&one.municipality()};
  if (one.has_country()) series.push_back(&one.country());
  html += SeriesChart(one.indicator(), series, id + "-jaren");
  html += SeriesTable(one.indicator(), series,
                      one.indicator().title() + " per jaar: " + prescribed.municipality_name() +
                          (one.has_country() ? " en Nederland" : ""));
  if (!one.has_country()) {
    html += "<p class=\"utrecht-paragraph\">De cijfers van Nederland zijn niet ingelezen.</p>";
  }
  return html + "</section>";
}

}  // namespace

std::string RenderPrescribedPage(const report::v1::PrescribedIndicators& prescribed) {
  const std::string& gm = prescribed.municipality();
  DashboardPage page;
  page.title = "Beleidsindicatoren veiligheid " + prescribed.municipality_name();
  page.breadcrumbs.push_back({"Rapportages", "/rapportages"});
  page.breadcrumbs.push_back({"Dashboard " + prescribed.municipality_name(), OverviewUrl(gm)});
  page.breadcrumbs.push_back({"Beleidsindicatoren", ""});
  std::string& body = page.body;
  body +=
      "<p class=\"utrecht-paragraph\">De beleidsindicatoren over veiligheid die elke gemeente in "
      "haar begroting en jaarstukken opneemt (Besluit begroting en verantwoording provincies en "
      "gemeenten), per jaar naast het cijfer van Nederland. Alleen hele jaren: een jaar waarvan "
      "nog niet alle cijfers bekend zijn, staat er niet bij.</p>";
  if (prescribed.indicators().empty()) {
    body += "<p class=\"utrecht-paragraph\">Er zijn geen beleidsindicatoren ingelezen.</p>";
  } else if (prescribed.years().empty()) {
    body += "<p class=\"utrecht-paragraph\">Er is nog geen heel jaar met cijfers.</p>";
  } else {
    const SharedNotes shared = NotesOfSeveral(prescribed);
    body += NotesHtml(shared.shown);
    body += LastYearTable(prescribed);
    for (const auto& one : prescribed.indicators()) {
      body += IndicatorSection(prescribed, one, shared);
    }
  }
  const std::string here = PrescribedUrl(gm);
  body += "<h2 class=\"utrecht-heading-2\">Downloaden</h2><ul class=\"veilig-downloads\">";
  body += "<li><a class=\"utrecht-link\" href=\"" + EscapeHtml(CsvUrl(here)) +
          "\" download>Beleidsindicatoren als CSV (Excel, puntkomma)</a></li>";
  body += "<li><a class=\"utrecht-link\" href=\"" + EscapeHtml(CsvUrl(here, true)) +
          "\" download>Beleidsindicatoren als CSV (RFC 4180, komma)</a></li>";
  body += "<li><a class=\"utrecht-link\" href=\"" + EscapeHtml(PrescribedApiUrl(gm)) +
          "\">Als JSON (API)</a></li></ul>";
  std::set<std::string> sources;
  for (const auto& one : prescribed.indicators()) sources.insert(one.indicator().source());
  for (const auto& source : sources) page.sources.push_back("Bron cijfers: " + source + ".");
  return RenderDashboardPage(page);
}

}  // namespace veilig::gateway
