#include "gateway/dashboard/map_page.h"

#include <algorithm>
#include <functional>
#include <optional>

#include "common/domain/codes.h"
#include "common/report/dutch_number.h"
#include "common/report/dutch_period.h"
#include "common/report/dutch_text.h"
#include "common/report/html_escape.h"
#include "common/report/labels.h"
#include "gateway/dashboard/area_map.h"
#include "gateway/dashboard/choropleth.h"
#include "gateway/dashboard/dashboard_page.h"
#include "gateway/dashboard/figure_text.h"
#include "gateway/dashboard/notes_html.h"

namespace veilig::gateway {
namespace {

using report::EscapeHtml;
using report::v1::AreaFigure;

std::optional<double> SortKey(const report::v1::AreaMap& map, const AreaFigure& part,
                              const std::string& sort) {
  if (sort == "aantal") {
    if (part.current().has_count()) return static_cast<double>(part.current().count());
    return std::nullopt;
  }
  if (sort == "waarde") return MappedValue(map.indicator(), part.current());
  if (sort == "verandering" && part.has_change_percent()) return part.change_percent();
  if (sort == "verschil" && part.has_relative_to_whole_percent()) {
    return part.relative_to_whole_percent();
  }
  return std::nullopt;
}

std::string Option(const std::string& value, const std::string& label, bool selected) {
  return "<option value=\"" + EscapeHtml(value) + "\"" + (selected ? " selected" : "") + ">" +
         EscapeHtml(label) + "</option>";
}

std::string Filters(const MapPageInput& input) {
  const std::string& gm = input.map.municipality();
  std::string html = "<form class=\"veilig-filters\" method=\"get\" action=\"" +
                     EscapeHtml(MapUrl(gm, {})) + "\">";
  html +=
      "<div class=\"utrecht-form-field utrecht-form-field--select\"><label "
      "class=\"utrecht-form-label\" for=\"indicator\">Indicator</label><select "
      "class=\"utrecht-select utrecht-select--html-select\" id=\"indicator\" name=\"indicator\">";
  for (const auto& indicator : input.indicators) {
    html += Option(indicator.id(), indicator.title(), indicator.id() == input.query.indicator);
  }
  html +=
      "</select></div><div class=\"utrecht-form-field utrecht-form-field--select\"><label "
      "class=\"utrecht-form-label\" for=\"periode\">Periode</label><select "
      "class=\"utrecht-select utrecht-select--html-select\" id=\"periode\" name=\"periode\">";
  for (const auto& period : input.periods) {
    html += Option(period, report::DutchPeriodShort(period), period == input.query.period);
  }
  html += "</select></div>";
  if (!input.query.area.empty()) {
    html +=
        "<input type=\"hidden\" name=\"gebied\" value=\"" + EscapeHtml(input.query.area) + "\">";
  }
  html +=
      "<button class=\"utrecht-button utrecht-button--primary-action\" "
      "type=\"submit\">Toon</button></form>";
  return html;
}

std::string Legend(const report::v1::AreaMap& map) {
  std::string html = "<ul class=\"veilig-legend\" aria-label=\"Legenda\">";
  for (const auto& c : map.classes()) {
    const bool count = map.indicator().unit() == common::v1::UNIT_COUNT;
    const auto text = [count](double v) {
      return count ? report::FormatCount(static_cast<int64_t>(v)) : report::FormatRate(v);
    };
    html += "<li><span class=\"veilig-swatch\" style=\"background:" + c.colour() +
            "\" aria-hidden=\"true\"></span>" + text(c.lower()) +
            (c.upper() > c.lower() ? " – " + text(c.upper()) : std::string()) + "</li>";
  }
  html +=
      "<li><span class=\"veilig-swatch veilig-swatch--missing\" aria-hidden=\"true\"></span>geen "
      "cijfer</li>";
  const bool any_signal =
      std::any_of(map.parts().begin(), map.parts().end(),
                  [](const AreaFigure& p) { return p.signal_periods_size() > 0; });
  if (any_signal) {
    html +=
        "<li><svg class=\"veilig-legend-marker\" viewBox=\"0 0 24 24\" width=\"24\" "
        "height=\"24\" aria-hidden=\"true\">" +
        Marker(12, 12) +
        "</svg>signaal: meer gestegen dan toeval verklaart (<a class=\"utrecht-link\" href=\"" +
        EscapeHtml(SignalsUrl(map.municipality())) + "\">signalen</a>)</li>";
  }
  if (std::any_of(map.parts().begin(), map.parts().end(),
                  [](const AreaFigure& p) { return p.hot_spot(); })) {
    html +=
        "<li><svg class=\"veilig-legend-marker\" viewBox=\"0 0 24 24\" width=\"24\" "
        "height=\"24\" aria-hidden=\"true\">" +
        HotSpotMarker(12, 12) +
        "</svg>brandpunt: met de buren samen hoger dan toeval verklaart, gestippeld omlijnd (<a "
        "class=\"utrecht-link\" href=\"" +
        EscapeHtml(SignalsUrl(map.municipality())) + "\">signalen</a>)</li>";
  }
  return html + "</ul>";
}

std::string SortableHeader(const MapPageInput& input, const std::string& label,
                           const std::string& key, bool numeric) {
  const bool current = input.query.sort == key || (input.query.sort.empty() && key == "naam");
  MapQuery next = input.query;
  next.sort = key == "naam" ? "" : key;
  // A click on the sorted column turns it round; a new column starts with
  // the highest figures (names from A).
  next.descending = current ? !input.query.descending : key != "naam";
  std::string html = "<th scope=\"col\" class=\"utrecht-table__header-cell";
  if (numeric) html += " utrecht-table__header-cell--numeric";
  html += "\"";
  if (current)
    html += input.query.descending ? " aria-sort=\"descending\"" : " aria-sort=\"ascending\"";
  html += "><a class=\"utrecht-link\" href=\"" +
          EscapeHtml(MapUrl(input.map.municipality(), next)) + "\">" + EscapeHtml(label) +
          "</a></th>";
  return html;
}

std::string Row(const report::v1::AreaMap& map, const AreaFigure& figure, const std::string& href,
                bool whole) {
  const auto cell = [](const std::string& text) {
    return "<td class=\"utrecht-table__cell utrecht-table__cell--numeric\">" + EscapeHtml(text) +
           "</td>";
  };
  std::string html =
      "<tr class=\"utrecht-table__row\"><th scope=\"row\" "
      "class=\"utrecht-table__header-cell\" data-gebied=\"" +
      EscapeHtml(figure.area()) + "\">";
  html += href.empty() ? EscapeHtml(figure.area_name())
                       : "<a class=\"utrecht-link\" href=\"" + EscapeHtml(href) + "\">" +
                             EscapeHtml(figure.area_name()) + "</a>";
  html += "</th>";
  html += cell(figure.current().has_count() ? report::FormatCount(figure.current().count()) : "–");
  if (map.indicator().unit() != common::v1::UNIT_COUNT) {
    html += cell(MappedValueCell(map.indicator(), figure.current()));
  }
  html += cell(ChangeText(figure.has_change_percent() ? std::optional(figure.change_percent())
                                                      : std::nullopt));
  html += cell(whole ? ""
                     : ChangeText(figure.has_relative_to_whole_percent()
                                      ? std::optional(figure.relative_to_whole_percent())
                                      : std::nullopt));
  const std::string signal = SignalCellText(figure);
  html += "<td class=\"utrecht-table__cell\">" + EscapeHtml(whole || signal.empty() ? "" : signal) +
          "</td>";
  html += "</tr>";
  return html;
}

}  // namespace

std::string PartNoun(const std::string& area) { return IsDistrictCode(area) ? "buurt" : "wijk"; }

std::vector<const AreaFigure*> SortedParts(const report::v1::AreaMap& map, const MapQuery& query) {
  std::vector<const AreaFigure*> parts;
  for (const auto& part : map.parts()) parts.push_back(&part);
  if (query.sort.empty() || query.sort == "naam") {
    std::stable_sort(parts.begin(), parts.end(), [&](const AreaFigure* a, const AreaFigure* b) {
      return query.descending ? a->area_name() > b->area_name() : a->area_name() < b->area_name();
    });
    return parts;
  }
  std::stable_sort(parts.begin(), parts.end(), [&](const AreaFigure* a, const AreaFigure* b) {
    const auto ka = SortKey(map, *a, query.sort), kb = SortKey(map, *b, query.sort);
    if (!ka || !kb) return ka.has_value() && !kb.has_value();
    return query.descending ? *ka > *kb : *ka < *kb;
  });
  return parts;
}

std::string RenderMapPage(const MapPageInput& input) {
  const report::v1::AreaMap& map = input.map;
  const std::string& gm = map.municipality();
  const std::string noun = PartNoun(input.query.area);
  const std::string whole_name =
      map.whole().area_name().empty() ? input.municipality_name : map.whole().area_name();
  const std::string period_text = report::DutchPeriodShort(map.period());
  DashboardPage page;
  page.title = map.indicator().title() + " per " + noun + ", " + whole_name + ", " + period_text;
  page.breadcrumbs.push_back({"Dashboard " + input.municipality_name, OverviewUrl(gm)});
  if (!input.query.area.empty()) {
    MapQuery city = input.query;
    city.area.clear();
    city.sort.clear();
    page.breadcrumbs.push_back({"Kaart " + input.municipality_name, MapUrl(gm, city)});
    page.breadcrumbs.push_back({whole_name, AreaUrl(gm, input.query.area)});
  }
  page.breadcrumbs.push_back({"Kaart per " + noun, ""});
  page.skip_links.push_back({"Naar de tabel", "#tabel"});

  std::string& body = page.body;
  body += Filters(input);
  body += NotesHtml(map.notes());
  if (map.signals() == report::v1::SIGNALS_STATE_UNAVAILABLE ||
      map.signals() == report::v1::SIGNALS_STATE_PENDING) {
    body += SignalsMissingNote(map.signals() == report::v1::SIGNALS_STATE_PENDING,
                               "de kaart toont de cijfers zonder signalen.");
  }
  const std::string unit = MappedValueLabel(map.indicator());
  if (map.parts().empty()) {
    body += "<p class=\"utrecht-paragraph\">Voor " + EscapeHtml(whole_name) +
            " zijn geen cijfers per " + noun + " van deze indicator bekend.</p>";
  } else if (!input.outlines.boundaries.empty()) {
    body += "<figure class=\"veilig-map\">";
    body += RenderChoropleth(
        map, input.outlines.boundaries,
        [&gm](const std::string& code) { return AreaUrl(gm, code); }, "kaart-titel");
    body += "<figcaption id=\"kaart-titel\" class=\"utrecht-paragraph\">Kaart: " +
            EscapeHtml(map.indicator().title()) + " (" + EscapeHtml(unit) + ") per " + noun + ", " +
            EscapeHtml(period_text) + ". Elke " + noun +
            " is een link naar zijn eigen pagina; de tabel hieronder geeft dezelfde cijfers.";
    if (!map.attribution().empty()) {
      body += " Bron kaart: " + EscapeHtml(map.attribution()) + ".";
    }
    body += "</figcaption></figure>";
    body += Legend(map);
  } else {
    body += "<p class=\"utrecht-paragraph\">Van deze " + noun +
            "en zijn geen grenzen bekend; de tabel geeft de cijfers.</p>";
  }

  body += "<h2 class=\"utrecht-heading-2\" id=\"tabel\" tabindex=\"-1\">Tabel</h2>";
  body +=
      "<div class=\"veilig-table-scroll\" tabindex=\"0\" role=\"region\" "
      "aria-labelledby=\"tabel-titel\"><table class=\"utrecht-table\"><caption "
      "id=\"tabel-titel\" class=\"utrecht-table__caption\">" +
      EscapeHtml(map.indicator().title()) + " per " + noun + ", " + EscapeHtml(period_text) +
      "; verandering ten opzichte van " +
      EscapeHtml(report::DutchPeriodShort(
          Period::Parse(map.period()).value_or(Period::Year(2000)).YearEarlier().ToString())) +
      "</caption><thead class=\"utrecht-table__header\"><tr class=\"utrecht-table__row\">";
  body += SortableHeader(input, noun == "wijk" ? "Wijk" : "Buurt", "naam", false);
  body += SortableHeader(input, "Aantal", "aantal", true);
  if (map.indicator().unit() != common::v1::UNIT_COUNT) {
    body += SortableHeader(input, report::Capitalised(unit), "waarde", true);
  }
  body += SortableHeader(input, "Verandering", "verandering", true);
  body += SortableHeader(input, "Verschil met " + whole_name, "verschil", true);
  body += "<th scope=\"col\" class=\"utrecht-table__header-cell\">Signaal</th>";
  body += "</tr></thead><tbody class=\"utrecht-table__body\">";
  for (const AreaFigure* part : SortedParts(map, input.query)) {
    body += Row(map, *part, AreaUrl(gm, part->area()), false);
  }
  body += "</tbody><tfoot class=\"utrecht-table__footer\">";
  body += Row(map, map.whole(), "", true);
  body += "</tfoot></table></div>";

  const std::string here = MapUrl(gm, input.query);
  body += "<h2 class=\"utrecht-heading-2\">Downloaden</h2><ul class=\"veilig-downloads\">";
  body += "<li><a class=\"utrecht-link\" href=\"" + EscapeHtml(CsvUrl(here)) +
          "\" download>Tabel als CSV (Excel, puntkomma)</a></li>";
  body += "<li><a class=\"utrecht-link\" href=\"" + EscapeHtml(CsvUrl(here, true)) +
          "\" download>Tabel als CSV (RFC 4180, komma)</a></li>";
  body += "<li><a class=\"utrecht-link\" href=\"" + EscapeHtml(MapApiUrl(gm, input.query)) +
          "\">Als JSON (API)</a></li></ul>";

  page.sources.push_back("Bron cijfers: " + map.indicator().source() + ".");
  if (!map.attribution().empty()) page.sources.push_back("Bron kaart: " + map.attribution() + ".");
  return RenderDashboardPage(page);
}

}  // namespace veilig::gateway
