#include "common/report/text_report.h"

#include <algorithm>
#include <optional>
#include <sstream>

#include "common/domain/period.h"
#include "common/report/dutch_number.h"
#include "common/report/dutch_period.h"
#include "common/report/labels.h"
#include "common/report/theme_data_text.h"

namespace veilig::report {
namespace {

namespace cv1 = common::v1;

std::string Pad(const std::string& text, size_t width) {
  // Width in characters, not bytes: count UTF-8 lead bytes only.
  size_t chars = 0;
  for (unsigned char c : text) chars += (c & 0xC0) != 0x80;
  return chars >= width ? text : text + std::string(width - chars, ' ');
}

std::string PadLeft(const std::string& text, size_t width) {
  size_t chars = 0;
  for (unsigned char c : text) chars += (c & 0xC0) != 0x80;
  return chars >= width ? text : std::string(width - chars, ' ') + text;
}

const char* BasisLabel(cv1::ComparisonBasis basis) {
  switch (basis) {
    case cv1::COMPARISON_BASIS_BASELINE:
      return "t.o.v. peiljaar";
    case cv1::COMPARISON_BASIS_YEAR_EARLIER:
      return "t.o.v. een jaar eerder";
    case cv1::COMPARISON_BASIS_PREVIOUS_PERIOD:
      return "t.o.v. vorig halfjaar";
    default:
      return "";
  }
}

std::string FormatValue(const cv1::Indicator& indicator, std::optional<double> value) {
  if (!value) return "\u2013";
  return indicator.change_measure() == cv1::CHANGE_MEASURE_RATE
             ? FormatRate(*value)
             : FormatCount(static_cast<int64_t>(*value));
}

void RenderIndicator(const cv1::IndicatorBlock& block, const std::vector<std::string>& periods,
                     std::ostringstream& out) {
  const cv1::Indicator& indicator = block.indicator();
  const bool has_rate = indicator.unit() != cv1::UNIT_COUNT;
  out << "  " << indicator.title() << "\n";
  out << "    " << Pad("", 34);
  for (const auto& p : periods) out << PadLeft(p, 12);
  out << "\n";
  for (const auto& series : block.series()) {
    const bool is_municipality = series.area_kind() == cv1::AREA_KIND_MUNICIPALITY;
    if (is_municipality) {
      out << "    " << Pad(series.area_name() + " (aantal)", 34);
      for (const auto& point : series.points()) {
        out << PadLeft(point.has_count()
                           ? FormatCount(point.count()) + (point.complete() ? "" : "*")
                           : "\u2013",
                       12);
      }
      out << "\n";
    }
    if (has_rate) {
      out << "    " << Pad(series.area_name() + " (per 1.000)", 34);
      for (const auto& point : series.points()) {
        out << PadLeft(point.has_rate() ? FormatRate(point.rate()) : "\u2013", 12);
      }
      out << "\n";
    }
  }
  for (const auto& c : block.comparisons()) {
    if (!c.has_change_percent() && !c.has_count_difference()) continue;
    out << "    " << BasisLabel(c.basis()) << " (" << c.from_period() << "): "
        << FormatValue(indicator, c.has_from_value() ? std::optional(c.from_value()) : std::nullopt)
        << " \u2192 "
        << FormatValue(indicator, c.has_to_value() ? std::optional(c.to_value()) : std::nullopt);
    if (c.has_change_percent()) out << " (" << FormatPercentChange(c.change_percent()) << ")";
    if (c.significance().tested() && !c.significance().beyond_chance()) {
      out << ", binnen toevalsmarge";
    }
    out << "\n";
    for (const auto& note : c.notes()) out << "      noot: " << note.text() << "\n";
  }
  if (block.has_goal_assessment()) {
    out << "    doelstelling: " << GoalStatusLabel(block.goal_assessment().status()) << "\n";
  }
  if (block.has_projection() && block.projection().has_projected_value()) {
    const auto& p = block.projection();
    out << "    bij gelijkblijvende trend in " << DutchPeriod(p.target_period()) << ": "
        << (indicator.unit() != cv1::UNIT_COUNT ? FormatRate(p.projected_value())
                                                : FormatDecimal(p.projected_value(), 0))
        << ", doelstelling " << GoalStatusLabel(p.projected_status())
        << (p.uncertain() ? " (onzeker)" : "") << "\n";
  }
  for (const auto& note : block.notes()) out << "    noot: " << note.text() << "\n";
  out << "\n";
}

void RenderTopic(const cv1::TopicBlock& topic, const std::vector<std::string>& periods,
                 std::ostringstream& out) {
  out << " " << topic.topic() << "\n";
  for (const auto& block : topic.indicators()) RenderIndicator(block, periods, out);
  if (!topic.activities().empty()) {
    out << "  Wat is er gedaan:\n";
    for (const auto& a : topic.activities()) {
      out << "   - "
          << FormatDecimal(a.quantity(), a.quantity() == static_cast<int64_t>(a.quantity()) ? 0 : 1)
          << " " << a.unit() << ": " << a.description() << "\n";
    }
    out << "\n";
  }
}

}  // namespace

std::string RenderText(const v1::ProgressReport& report) {
  std::ostringstream out;
  out << "Voortgangsrapportage " << report.municipality_name() << " (" << report.municipality()
      << "), " << DutchPeriod(report.period()) << "\n";
  if (report.has_plan()) out << report.plan().title() << "\n";
  if (!report.baseline_period().empty()) {
    out << "Peiljaar: " << DutchPeriod(report.baseline_period()) << "\n";
  }
  out << (report.status() == v1::REPORT_STATUS_PUBLISHED
              ? "Gepubliceerd, versie " + std::to_string(report.version())
              : std::string("Concept"))
      << "\n\n";
  std::vector<std::string> periods;
  for (const auto& section : report.sections()) {
    if (!section.periods().empty()) {
      periods.assign(section.periods().begin(), section.periods().end());
      break;
    }
  }
  if (report.has_general() && !report.general().indicators().empty()) {
    out << "== Algemene ontwikkeling ==\n";
    RenderTopic(report.general(), periods, out);
  }
  for (const auto& section : report.sections()) {
    out << "== " << section.title() << " ==\n";
    const bool unavailable = std::find(report.unreachable().begin(), report.unreachable().end(),
                                       section.title()) != report.unreachable().end() ||
                             (section.topics().empty() && section.periods().empty());
    if (unavailable) {
      out << " Dit onderdeel is op dit moment niet beschikbaar.\n\n";
      continue;
    }
    for (const auto& topic : section.topics()) RenderTopic(topic, periods, out);
    RenderThemeDataText(section, out);
  }
  if (!report.unreachable().empty()) {
    out << "Niet bereikbaar: ";
    for (int i = 0; i < report.unreachable_size(); ++i) {
      out << (i ? ", " : "") << report.unreachable(i);
    }
    out << "\n";
  }
  return out.str();
}

}  // namespace veilig::report
