#include "common/report/html/html_report.h"

#include <cmath>
#include <sstream>

#include "common/domain/calendar_date.h"
#include "common/report/dutch_number.h"
#include "common/report/dutch_period.h"
#include "common/report/html/html_page.h"
#include "common/report/html/svg_chart.h"
#include "common/report/html_escape.h"
#include "common/report/labels.h"

namespace veilig::report {
namespace {

namespace cv1 = common::v1;
using report::DutchPeriod;
using report::EscapeHtml;
using report::FormatCount;
using report::FormatRate;

std::string E(const std::string& text) { return EscapeHtml(text); }

// Every table scrolls sideways in a box of its own on narrow screens, never
// the page; the box is a named, focusable region so that keyboard users can
// scroll it too. `label` is HTML (escaped), like the table's caption.
std::string TableStart(const std::string& label) {
  return "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"" + label +
         "\"><table>";
}
constexpr char kTableEnd[] = "</table></div>";

std::string ReportLink(const std::string& municipality, const std::string& period, int version) {
  std::string link = "/rapportages/" + E(municipality) + "/" + E(period);
  if (version > 0) link += "?versie=" + std::to_string(version);
  return link;
}

void Table(const cv1::IndicatorBlock& block, std::ostringstream& out) {
  const auto& indicator = block.indicator();
  const bool rates = indicator.unit() != cv1::UNIT_COUNT;
  const auto& own = block.series(0);
  out << TableStart(E(indicator.title()) + ": cijfers") << "<caption>" << E(indicator.title())
      << ": cijfers</caption><thead><tr>"
      << "<th scope=\"col\">Gebied</th>";
  for (const auto& p : own.points())
    out << "<th scope=\"col\">" << E(DutchPeriod(p.period())) << "</th>";
  out << "</tr></thead><tbody>";
  for (const auto& series : block.series()) {
    const bool counts = series.area_kind() == cv1::AREA_KIND_MUNICIPALITY;
    if (counts) {
      out << "<tr><th scope=\"row\">" << E(series.area_name()) << " (aantal)</th>";
      for (const auto& p : series.points()) {
        out << "<td>" << (p.has_count() ? FormatCount(p.count()) : "&ndash;")
            << (p.complete() ? "" : "*") << "</td>";
      }
      out << "</tr>";
    }
    if (rates) {
      out << "<tr><th scope=\"row\">" << E(series.area_name()) << " (per 1.000)</th>";
      for (const auto& p : series.points()) {
        out << "<td>" << (p.has_rate() ? FormatRate(p.rate()) : "&ndash;") << "</td>";
      }
      out << "</tr>";
    }
  }
  out << "</tbody>" << kTableEnd;
}

void Indicator(const cv1::IndicatorBlock& block, int& chart_number, std::ostringstream& out) {
  out << "<section class=\"indicator\"><h4>" << E(block.indicator().title()) << "</h4>";
  if (!block.series().empty()) {
    out << "<figure>" << RenderChart(block, "grafiek-" + std::to_string(++chart_number))
        << "<figcaption>" << E(block.indicator().title()) << "; bron: "
        << E(block.indicator().source().empty() ? "gemeente" : block.indicator().source())
        << "</figcaption></figure>";
    Table(block, out);
  }
  for (const auto& sentence : block.narrative()) out << "<p>" << E(sentence) << "</p>";
  if (block.has_goal_assessment()) {
    out << "<p><strong>Doelstelling:</strong> " << GoalStatusLabel(block.goal_assessment().status())
        << "</p>";
  }
  for (const auto& note : block.notes()) out << "<p class=\"note\">" << E(note.text()) << "</p>";
  out << "</section>";
}

void Topic(const cv1::TopicBlock& topic, int& chart_number, std::ostringstream& out) {
  out << "<h3>" << E(topic.topic()) << "</h3>";
  for (const auto& block : topic.indicators()) Indicator(block, chart_number, out);
  if (!topic.activities().empty()) {
    out << TableStart("Wat is er gedaan")
        << "<caption>Wat is er gedaan</caption><thead><tr><th scope=\"col\">Aantal</th>"
           "<th scope=\"col\">Eenheid</th><th scope=\"col\">Omschrijving</th>"
           "<th scope=\"col\">Partners</th></tr></thead><tbody>";
    for (const auto& a : topic.activities()) {
      std::string partners;
      for (const auto& p : a.partners()) partners += (partners.empty() ? "" : ", ") + p;
      out << "<tr><td>"
          << report::FormatDecimal(a.quantity(), a.quantity() == std::floor(a.quantity()) ? 0 : 1)
          << "</td><td class=\"text\">" << E(a.unit()) << "</td><td class=\"text\">"
          << E(a.description()) << "</td><td class=\"text\">" << E(partners) << "</td></tr>";
    }
    out << "</tbody>" << kTableEnd;
  }
}

void Measures(const google::protobuf::RepeatedPtrField<veiligewijken::v1::Measure>& measures,
              const char* caption, std::ostringstream& out) {
  if (measures.empty()) return;
  out << TableStart(caption) << "<caption>" << caption
      << "</caption><thead><tr><th scope=\"col\">Maatregel</th>"
         "<th scope=\"col\">Gebied</th><th scope=\"col\">Geldig</th><th scope=\"col\">Personen</th>"
         "<th scope=\"col\">Omschrijving</th></tr></thead><tbody>";
  for (const auto& m : measures) {
    out << "<tr><td class=\"text\">" << E(std::string(report::MeasureKindLabel(m.kind())))
        << "</td><td class=\"text\">" << E(m.area()) << "</td><td class=\"text\">"
        << E(IsoDate(m.valid_from()))
        << (!IsSet(m.valid_until()) ? " &ndash;" : " t/m " + E(IsoDate(m.valid_until())))
        << "</td><td>" << (m.has_persons() ? FormatCount(m.persons()) : "")
        << "</td><td class=\"text\">" << E(m.description()) << "</td></tr>";
  }
  out << "</tbody>" << kTableEnd;
}

void ThemeData(const cv1::ThemeSection& section, std::ostringstream& out) {
  switch (section.theme_data_case()) {
    case cv1::ThemeSection::kVeiligeWijken: {
      const auto& d = section.veilige_wijken();
      Measures(d.measures_decided(), "Bestuurlijke maatregelen in deze periode", out);
      Measures(d.measures_expiring(), "Let op: verloopt binnen 90 dagen na de periode", out);
      break;
    }
    case cv1::ThemeSection::kOndermijning: {
      const auto& d = section.ondermijning();
      if (d.counts().empty()) break;
      out << TableStart("Handhavingszaken interventieteam")
          << "<caption>Handhavingszaken interventieteam</caption><thead><tr>"
             "<th scope=\"col\">Categorie</th><th scope=\"col\">Aantal</th></tr></thead><tbody>";
      int footnote = 0;
      std::ostringstream notes;
      for (const auto& line : d.counts()) {
        out << "<tr><th scope=\"row\">" << E(line.category()) << "<sup>" << ++footnote
            << "</sup></th><td>" << FormatCount(line.total()) << "</td></tr>";
        notes << "<li>";
        for (int i = 0; i < line.subcategories_size(); ++i) {
          const auto& sub = line.subcategories(i);
          notes << (i ? "; " : "") << FormatCount(sub.count()) << " " << E(sub.subcategory());
        }
        notes << "</li>";
      }
      out << "<tr><th scope=\"row\">Totaal</th><td>" << FormatCount(d.total())
          << "</td></tr></tbody>" << kTableEnd << "<ol class=\"note\">" << notes.str() << "</ol>";
      break;
    }
    case cv1::ThemeSection::kZorgVeiligheid: {
      const auto& d = section.zorg_veiligheid();
      if (d.registers().empty()) break;
      out << TableStart("Registraties")
          << "<caption>Registraties</caption><thead><tr><th scope=\"col\">Register</th>"
             "<th scope=\"col\">Periode</th><th scope=\"col\">Aantal</th></tr></thead><tbody>";
      for (const auto& line : d.registers()) {
        for (const auto& c : line.counts()) {
          out << "<tr><th scope=\"row\">" << E(line.label()) << "</th><td class=\"text\">"
              << E(DutchPeriod(c.period())) << "</td><td>" << FormatCount(c.count())
              << "</td></tr>";
        }
      }
      out << "</tbody>" << kTableEnd;
      for (const auto& t : d.targets()) {
        out << "<p>Jaardoel " << t.year() << ": " << FormatCount(t.target()) << "</p>";
      }
      break;
    }
    case cv1::ThemeSection::kCrisisbeheersing: {
      const auto& d = section.crisisbeheersing();
      out << "<p>Meldingen bij de Officier van Dienst Bevolkingszorg: "
          << FormatCount(d.incidents_size()) << ".</p>";
      out << TableStart("Incidenten met GRIP-opschaling")
          << "<caption>Incidenten met GRIP-opschaling</caption><thead><tr>"
             "<th scope=\"col\">Datum</th><th scope=\"col\">Incident</th>"
             "<th scope=\"col\">Locatie</th><th scope=\"col\">GRIP</th></tr></thead><tbody>";
      for (const auto& i : d.incidents()) {
        if (i.grip() == crisisbeheersing::v1::GRIP_LEVEL_NONE) continue;
        out << "<tr><td class=\"text\">" << E(IsoDate(i.date())) << "</td><td class=\"text\">"
            << E(i.title()) << "</td><td class=\"text\">" << E(i.location())
            << "</td><td class=\"text\">" << report::GripLabel(i.grip()) << "</td></tr>";
      }
      out << "</tbody>" << kTableEnd;
      if (!d.pools().empty()) {
        out << TableStart("Piketpools")
            << "<caption>Piketpools</caption><thead><tr><th scope=\"col\">Functie</th>"
               "<th scope=\"col\">Vereist</th><th scope=\"col\">Bezet</th>"
               "<th scope=\"col\">Inzetten</th></tr></thead><tbody>";
        for (const auto& p : d.pools()) {
          int deployments = 0;
          for (const auto& dep : p.deployments()) deployments += dep.count();
          out << "<tr><th scope=\"row\">" << E(p.function()) << "</th><td>"
              << FormatCount(p.required()) << "</td><td>" << FormatCount(p.filled())
              << (p.understaffed() ? " (onderbezet)" : "") << "</td><td>"
              << FormatCount(deployments) << "</td></tr>";
        }
        out << "</tbody>" << kTableEnd;
      }
      if (!d.events().empty()) {
        out << TableStart("Risicoadviezen evenementen")
            << "<caption>Risicoadviezen evenementen</caption><thead><tr>"
               "<th scope=\"col\">Evenement</th><th scope=\"col\">Datum</th>"
               "<th scope=\"col\">Risicoklasse</th><th "
               "scope=\"col\">Advies</th></tr></thead><tbody>";
        for (const auto& e : d.events()) {
          out << "<tr><th scope=\"row\">" << E(e.event()) << "</th><td class=\"text\">"
              << E(IsoDate(e.start_date())) << "</td><td class=\"text\">" << E(e.risk_class())
              << "</td><td class=\"text\">" << E(e.advice()) << "</td></tr>";
        }
        out << "</tbody>" << kTableEnd;
      }
      break;
    }
    default:
      break;
  }
}

}  // namespace

std::string RenderReportHtml(const report::v1::ProgressReport& r,
                             const std::vector<report::v1::ReportVersion>& versions) {
  std::ostringstream out;
  const std::string name = r.municipality_name().empty() ? r.municipality() : r.municipality_name();
  const std::string title =
      "Voortgangsrapportage " + E(name) + " &ndash; " + E(DutchPeriod(r.period()));
  out << "<header><nav class=\"no-print\"><a href=\"/rapportages\">Alle rapportages</a></nav>"
      << "<h1>" << title << "</h1><p class=\"meta\">";
  if (r.has_plan()) out << E(r.plan().title()) << ". ";
  if (!r.baseline_period().empty()) {
    out << "Peiljaar: " << E(DutchPeriod(r.baseline_period())) << ". ";
  }
  out << "</p>";
  if (r.status() == report::v1::REPORT_STATUS_PUBLISHED) {
    out << "<p class=\"meta\">Gepubliceerd, versie " << r.version() << ".</p>";
  } else {
    out << "<p class=\"status-draft\">Concept: de cijfers kunnen nog veranderen.</p>";
  }
  if (!versions.empty()) {
    out << "<nav class=\"no-print\" aria-label=\"Versies\"><p>Versies:";
    for (const auto& v : versions) {
      out << " <a href=\"" << ReportLink(r.municipality(), r.period(), v.version()) << "\">"
          << v.version() << "</a>";
    }
    out << "</p></nav>";
  }
  out << "</header><main>";
  out << "<section><h2>Inleiding</h2><p>Deze rapportage beschrijft de voortgang van het "
         "veiligheidsbeleid van "
      << E(name) << " over de " << E(DutchPeriod(r.period()))
      << ": per thema de ontwikkeling van de cijfers ten opzichte van het peiljaar en van "
         "vergelijkbare gebieden, de stand van de doelstellingen en wat er is "
         "gedaan.</p></section>";
  int charts = 0;
  if (!r.general().indicators().empty()) {
    out << "<section><h2>Algemene ontwikkeling</h2>";
    Topic(r.general(), charts, out);
    out << "</section>";
  }
  for (const auto& section : r.sections()) {
    out << "<section><h2>" << E(section.title()) << "</h2>";
    const bool unavailable = section.topics().empty() && section.periods().empty();
    if (unavailable) {
      out << "<p class=\"unavailable\">Dit onderdeel is op dit moment niet beschikbaar.</p>";
    } else {
      for (const auto& topic : section.topics()) Topic(topic, charts, out);
      ThemeData(section, out);
    }
    out << "</section>";
  }
  out << "</main>";
  return HtmlPage(title, out.str());
}

std::string RenderIndexHtml(const std::vector<report::v1::PublishedReport>& published) {
  std::ostringstream out;
  out << "<header><h1>Voortgangsrapportages</h1><p class=\"meta\">Gepubliceerde rapportages per "
         "gemeente en periode.</p></header><main>";
  if (published.empty()) {
    out << "<p>Er zijn nog geen rapportages gepubliceerd.</p>";
  } else {
    out << TableStart("Gepubliceerde rapportages")
        << "<caption>Gepubliceerde rapportages</caption><thead><tr>"
           "<th scope=\"col\">Gemeente</th><th scope=\"col\">Periode</th>"
           "<th scope=\"col\">Laatste versie</th></tr></thead><tbody>";
    for (const auto& p : published) {
      out << "<tr><th scope=\"row\">" << E(p.municipality_name()) << " (" << E(p.municipality())
          << ")</th><td class=\"text\"><a href=\"" << ReportLink(p.municipality(), p.period(), 0)
          << "\">" << E(DutchPeriod(p.period())) << "</a></td><td>" << p.latest_version()
          << "</td></tr>";
    }
    out << "</tbody>" << kTableEnd;
  }
  out << "</main>";
  return HtmlPage("Voortgangsrapportages", out.str());
}

std::string RenderErrorHtml(int http_status, const std::string& message) {
  return HtmlPage("Fout " + std::to_string(http_status),
                  "<main><h1>Fout " + std::to_string(http_status) + "</h1><p>" + E(message) +
                      "</p><p><a href=\"/rapportages\">Alle rapportages</a></p></main>");
}

}  // namespace veilig::report
