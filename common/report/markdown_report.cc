#include "common/report/markdown_report.h"

#include <sstream>

#include "common/report/dutch_number.h"
#include "common/report/dutch_period.h"
#include "common/report/theme_data_text.h"

namespace veilig::report {
namespace {

namespace cv1 = common::v1;

// Markdown table cells may not contain a pipe or a newline.
std::string Cell(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '|') {
      out += "\\|";
    } else if (c == '\n') {
      out += ' ';
    } else {
      out.push_back(c);
    }
  }
  return out;
}

void Block(const cv1::IndicatorBlock& block, std::ostringstream& out) {
  out << "#### " << Cell(block.indicator().title()) << "\n\n";
  if (!block.series().empty()) {
    out << "| Gebied |";
    for (const auto& p : block.series(0).points()) out << " " << DutchPeriod(p.period()) << " |";
    out << "\n|---|";
    for (int i = 0; i < block.series(0).points_size(); ++i) out << "---:|";
    out << "\n";
    const bool rates = block.indicator().unit() != cv1::UNIT_COUNT;
    for (const auto& s : block.series()) {
      if (s.area_kind() == cv1::AREA_KIND_MUNICIPALITY) {
        out << "| " << Cell(s.area_name()) << " (aantal) |";
        for (const auto& p : s.points()) {
          out << " " << (p.has_count() ? FormatCount(p.count()) : "–") << " |";
        }
        out << "\n";
      }
      if (rates) {
        out << "| " << Cell(s.area_name()) << " (per 1.000) |";
        for (const auto& p : s.points())
          out << " " << (p.has_rate() ? FormatRate(p.rate()) : "–") << " |";
        out << "\n";
      }
    }
    out << "\n";
  }
  for (const auto& sentence : block.narrative()) out << sentence << "\n\n";
  for (const auto& note : block.notes()) out << "> " << note.text() << "\n\n";
}

void Topic(const cv1::TopicBlock& topic, std::ostringstream& out) {
  out << "### " << topic.topic() << "\n\n";
  for (const auto& block : topic.indicators()) Block(block, out);
  if (!topic.activities().empty()) {
    out << "Wat is er gedaan:\n\n";
    for (const auto& a : topic.activities()) {
      out << "- "
          << FormatDecimal(a.quantity(), a.quantity() == static_cast<int64_t>(a.quantity()) ? 0 : 1)
          << " " << a.unit() << ": " << a.description() << "\n";
    }
    out << "\n";
  }
}

}  // namespace

std::string RenderMarkdown(const v1::ProgressReport& report) {
  std::ostringstream out;
  out << "# Voortgangsrapportage " << report.municipality_name() << ", "
      << DutchPeriod(report.period()) << "\n\n";
  if (report.has_plan()) out << report.plan().title() << ". ";
  if (!report.baseline_period().empty()) {
    out << "Peiljaar: " << DutchPeriod(report.baseline_period()) << ". ";
  }
  out << (report.status() == v1::REPORT_STATUS_PUBLISHED
              ? "Gepubliceerd, versie " + std::to_string(report.version()) + "."
              : std::string("Concept."))
      << "\n\n";
  if (!report.general().indicators().empty()) {
    out << "## Algemene ontwikkeling\n\n";
    Topic(report.general(), out);
  }
  for (const auto& section : report.sections()) {
    out << "## " << section.title() << "\n\n";
    if (section.topics().empty() && section.periods().empty()) {
      out << "_Dit onderdeel is op dit moment niet beschikbaar._\n\n";
      continue;
    }
    for (const auto& topic : section.topics()) Topic(topic, out);
    RenderThemeDataText(section, out);
  }
  return out.str();
}

}  // namespace veilig::report
