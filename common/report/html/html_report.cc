#include "common/report/html/html_report.h"

#include <algorithm>
#include <cmath>
#include <sstream>

#include "common/domain/calendar_date.h"
#include "common/report/dutch_number.h"
#include "common/report/dutch_period.h"
#include "common/report/html/html_page.h"
#include "common/report/html/svg_chart.h"
#include "common/report/html_escape.h"
#include "common/report/labels.h"
#include "common/report/report_walk.h"
#include "common/report/staff_text.h"

namespace veilig::report {
namespace {

namespace cv1 = common::v1;
using report::EscapeHtml;

std::string E(const std::string& text) { return EscapeHtml(text); }

std::string ReportLink(const std::string& municipality, const std::string& period, int version) {
  std::string link = "/rapportages/" + E(municipality) + "/" + E(period);
  if (version > 0) link += "?versie=" + std::to_string(version);
  return link;
}

// A table scrolls inside its own box on a narrow screen, never the page.
void OpenTable(const std::string& caption, std::ostringstream& out) {
  out << "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"" << E(caption)
      << "\"><table>";
  if (!caption.empty()) out << "<caption>" << E(caption) << "</caption>";
}

void CloseTable(std::ostringstream& out) { out << "</table></div>"; }

std::string NumberedTitle(const OutlineEntry& heading) { return E(HeadingText(heading)); }

std::string StatusClass(cv1::GoalProgress progress) {
  return "status-" + Anchor(GoalProgressLabel(progress));
}

class HtmlWriter final : public ReportWriter {
 public:
  HtmlWriter(const report::v1::ProgressReport& report,
             const std::vector<report::v1::ReportVersion>& versions, std::ostringstream& out)
      : report_(report), versions_(versions), out_(out) {}

  void Title(const std::string& title, const std::vector<std::string>& lines) override {
    out_ << "<header><nav class=\"no-print\" aria-label=\"Rapportages\"><a "
            "href=\"/rapportages\">Alle rapportages</a></nav><h1>"
         << E(title) << "</h1>";
    for (size_t i = 0; i < lines.size(); ++i) {
      const bool status = i + 1 == lines.size();
      const bool draft = status && report_.status() != report::v1::REPORT_STATUS_PUBLISHED;
      out_ << "<p class=\"" << (draft ? "status-draft" : "meta") << "\">" << E(lines[i]) << "</p>";
    }
    if (!versions_.empty()) {
      out_ << "<nav class=\"no-print\" aria-label=\"Versies\"><p>Versies:";
      for (const auto& v : versions_) {
        out_ << " <a href=\"" << ReportLink(report_.municipality(), report_.period(), v.version())
             << "\">" << v.version() << "</a>";
      }
      out_ << "</p></nav>";
    }
    out_ << "</header><main>";
  }

  void Contents(const std::vector<OutlineEntry>& entries) override {
    out_ << "<nav class=\"toc\" aria-labelledby=\"inhoud\"><h2 id=\"inhoud\">Inhoud</h2><ol>";
    bool nested = false;
    for (size_t i = 0; i < entries.size(); ++i) {
      const auto& e = entries[i];
      if (e.level == 2 && !nested) {
        out_ << "<ol>";
        nested = true;
      } else if (e.level == 1 && nested) {
        out_ << "</ol></li>";
        nested = false;
      } else if (i > 0) {
        out_ << "</li>";
      }
      out_ << "<li><a href=\"#" << E(e.anchor) << "\">" << NumberedTitle(e) << "</a>";
    }
    out_ << (nested ? "</li></ol></li>" : "</li>") << "</ol></nav>";
  }

  void BeginChapter(const OutlineEntry& heading) override {
    out_ << "<section id=\"" << E(heading.anchor) << "\""
         << (heading.figures ? " class=\"theme\"" : "") << "><h2>" << NumberedTitle(heading)
         << "</h2>";
  }
  void EndChapter() override { out_ << "</section>"; }

  void Topic(const OutlineEntry& heading) override {
    out_ << "<h3 id=\"" << E(heading.anchor) << "\">" << NumberedTitle(heading) << "</h3>";
  }

  void Paragraph(const std::string& text) override { out_ << "<p>" << E(text) << "</p>"; }

  void StaffText(const std::string& markdown, int level) override {
    out_ << "<div class=\"staff-text\">" << StaffTextHtml(markdown, level) << "</div>";
  }

  void GoalTable(const std::vector<GoalRow>& rows) override {
    OpenTable("Doelstellingen van het actieplan", out_);
    out_ << "<thead><tr><th scope=\"col\" class=\"text\">Indicator</th>"
            "<th scope=\"col\" class=\"text\">Doelstelling</th><th scope=\"col\">Peiljaar</th>"
            "<th scope=\"col\">Nu</th><th scope=\"col\" class=\"text\">Stand</th>"
            "<th scope=\"col\" class=\"text\">Toelichting</th></tr></thead>";
    std::string theme;
    for (const auto& row : rows) {
      if (row.theme != theme) {
        if (!theme.empty()) out_ << "</tbody>";
        theme = row.theme;
        out_ << "<tbody><tr><th scope=\"colgroup\" colspan=\"6\" class=\"group\">" << E(theme)
             << "</th></tr>";
      }
      out_ << "<tr><th scope=\"row\"><a href=\"#" << E(row.anchor) << "\">" << E(row.indicator)
           << "</a></th><td class=\"text\">" << E(row.aim) << "</td><td>" << E(row.baseline)
           << "</td><td>" << E(row.current) << "</td><td class=\"text " << StatusClass(row.progress)
           << "\">" << GoalProgressLabel(row.progress) << "</td><td class=\"text\">"
           << E(row.reason) << "</td></tr>";
    }
    if (!theme.empty()) out_ << "</tbody>";
    CloseTable(out_);
  }

  void Indicator(const cv1::IndicatorBlock& block, const std::vector<int>& notes,
                 const std::string& chapter) override {
    const auto& indicator = block.indicator();
    out_ << "<section class=\"indicator\" id=\"" << E(IndicatorAnchor(indicator)) << "\"><h4>"
         << E(indicator.title());
    for (int n : notes) {
      out_ << "<sup class=\"noteref\"><a href=\"#noot-" << E(chapter) << "-" << n
           << "\" aria-label=\"noot " << n << "\">" << n << "</a></sup>";
    }
    out_ << "</h4>";
    if (!block.series().empty()) {
      out_ << "<figure>" << RenderChart(block, "grafiek-" + std::to_string(++charts_))
           << "<figcaption>" << E(indicator.title())
           << "; bron: " << E(indicator.source().empty() ? "gemeente" : indicator.source())
           << "</figcaption></figure>";
      Table(FigureTable(block));
    }
    for (const auto& sentence : block.narrative()) out_ << "<p>" << E(sentence) << "</p>";
    out_ << "</section>";
  }

  void Footnotes(const std::vector<cv1::SeriesNote>& notes, const std::string& chapter) override {
    out_ << "<aside aria-label=\"Noten\"><ol class=\"footnotes\">";
    for (size_t i = 0; i < notes.size(); ++i) {
      out_ << "<li id=\"noot-" << E(chapter) << "-" << i + 1 << "\">" << E(notes[i].text())
           << "</li>";
    }
    out_ << "</ol></aside>";
  }

 private:
  void Table(const DataTable& table) override {
    if (!table.lead.empty()) out_ << "<p>" << E(table.lead) << "</p>";
    if (table.rows.empty()) return;
    OpenTable(table.caption, out_);
    const bool header = std::any_of(table.columns.begin(), table.columns.end(),
                                    [](const std::string& c) { return !c.empty(); });
    if (header) {
      out_ << "<thead><tr>";
      // A heading aligns with its column: text left, figures right.
      for (size_t c = 0; c < table.columns.size(); ++c) {
        const bool numeric = c < table.numeric.size() && table.numeric[c];
        out_ << (numeric ? "<th scope=\"col\">" : "<th scope=\"col\" class=\"text\">")
             << E(table.columns[c]) << "</th>";
      }
      out_ << "</tr></thead>";
    }
    out_ << "<tbody>";
    for (const auto& row : table.rows) {
      out_ << "<tr>";
      for (size_t c = 0; c < row.size(); ++c) {
        if (c == 0) {
          out_ << "<th scope=\"row\">" << E(row[c]) << "</th>";
        } else {
          const bool numeric = c < table.numeric.size() && table.numeric[c];
          out_ << (numeric ? "<td>" : "<td class=\"text\">") << E(row[c]) << "</td>";
        }
      }
      out_ << "</tr>";
    }
    out_ << "</tbody>";
    CloseTable(out_);
    for (const auto& note : table.notes) out_ << "<p class=\"table-note\">" << E(note) << "</p>";
  }

  const report::v1::ProgressReport& report_;
  const std::vector<report::v1::ReportVersion>& versions_;
  std::ostringstream& out_;
  int charts_ = 0;
};

}  // namespace

std::string RenderReportHtml(const report::v1::ProgressReport& r,
                             const std::vector<report::v1::ReportVersion>& versions) {
  std::ostringstream out;
  HtmlWriter writer(r, versions, out);
  WalkReport(r, writer);
  out << "</main>";
  return HtmlPage(E(ReportTitle(r)), out.str());
}

std::string RenderIndexHtml(const std::vector<report::v1::PublishedReport>& published) {
  std::ostringstream out;
  out << "<header><h1>Voortgangsrapportages</h1><p class=\"meta\">Gepubliceerde rapportages per "
         "gemeente en periode.</p></header><main>";
  if (published.empty()) {
    out << "<p>Er zijn nog geen rapportages gepubliceerd.</p>";
  } else {
    out << "<table><caption>Gepubliceerde rapportages</caption><thead><tr>"
           "<th scope=\"col\">Gemeente</th><th scope=\"col\">Periode</th>"
           "<th scope=\"col\">Laatste versie</th><th scope=\"col\">Dashboard</th></tr></thead>"
           "<tbody>";
    for (const auto& p : published) {
      out << "<tr><th scope=\"row\">" << E(p.municipality_name()) << " (" << E(p.municipality())
          << ")</th><td class=\"text\"><a href=\"" << ReportLink(p.municipality(), p.period(), 0)
          << "\">" << E(DutchPeriod(p.period())) << "</a></td><td>" << p.latest_version()
          << "</td><td class=\"text\"><a href=\"/dashboard/" << E(p.municipality())
          << "\">Cijfers per wijk en buurt<span class=\"visually-hidden\"> van "
          << E(p.municipality_name()) << "</span></a></td></tr>";
    }
    out << "</tbody></table>";
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
