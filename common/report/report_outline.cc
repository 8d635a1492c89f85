#include "common/report/report_outline.h"

#include <algorithm>
#include <cmath>

#include "absl/strings/ascii.h"
#include "common/domain/topic_label.h"
#include "common/report/dutch_date.h"
#include "common/report/dutch_number.h"
#include "common/report/labels.h"
#include "common/report/narrative.h"

namespace veilig::report {
namespace {

namespace cv1 = common::v1;

std::string GoalValue(const cv1::Indicator& indicator, bool has, double value) {
  if (!has) return "–";
  return indicator.unit() == cv1::UNIT_COUNT ? FormatCount(std::llround(value)) : FormatRate(value);
}

void AddGoalRows(const std::string& theme, const cv1::TopicBlock& topic,
                 std::vector<GoalRow>& rows) {
  for (const auto& block : topic.indicators()) {
    if (!block.has_goal_assessment()) continue;
    const auto& a = block.goal_assessment();
    GoalRow& row = rows.emplace_back();
    row.theme = theme;
    row.topic = topic.topic();
    row.indicator = block.indicator().title();
    row.anchor = IndicatorAnchor(block.indicator());
    row.aim = narrative::GoalAim(a.goal());
    row.baseline = GoalValue(block.indicator(), a.has_baseline_value(), a.baseline_value());
    row.current = GoalValue(block.indicator(), a.has_current_value(), a.current_value());
    row.progress = a.progress() == cv1::GOAL_PROGRESS_UNSPECIFIED
                       ? cv1::GOAL_PROGRESS_NOT_ASSESSABLE
                       : a.progress();
    row.reason = narrative::GoalReason(block);
  }
}

}  // namespace

std::string Anchor(std::string_view text) {
  std::string out;
  bool dash = false;
  for (char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (absl::ascii_isalnum(u)) {
      if (dash && !out.empty()) out += '-';
      out += absl::ascii_tolower(u);
      dash = false;
    } else {
      dash = true;
    }
  }
  return out;
}

std::string ThemeAnchor(const cv1::ThemeSection& section) { return Anchor(section.title()); }

std::string TopicAnchor(const cv1::TopicBlock& topic) { return Anchor(topic.topic()); }

std::string IndicatorAnchor(const cv1::Indicator& indicator) { return indicator.id(); }

std::string ThemeNumber(const cv1::ThemeSection& section) {
  for (const auto& topic : section.topics()) {
    if (topic.number().empty()) continue;
    return topic.number().substr(0, topic.number().find('.'));
  }
  return "";
}

std::string TopicTitle(const cv1::TopicBlock& topic) {
  return SplitTopicLabel(topic.topic()).title;
}

std::string HeadingText(const OutlineEntry& entry) {
  return entry.number.empty() ? entry.title : entry.number + " " + entry.title;
}

std::vector<OutlineEntry> Outline(const report::v1::ProgressReport& report) {
  std::vector<OutlineEntry> entries;
  entries.push_back({1, "", "Samenvatting", "samenvatting"});
  entries.push_back({1, "", "Inleiding", "inleiding"});
  if (!report.general().indicators().empty()) {
    entries.push_back({1, "", "Algemene ontwikkeling", "algemene-ontwikkeling", true});
  }
  for (const auto& section : report.sections()) {
    entries.push_back({1, ThemeNumber(section), section.title(), ThemeAnchor(section), true});
    for (const auto& topic : section.topics()) {
      entries.push_back({2, topic.number(), TopicTitle(topic), TopicAnchor(topic)});
    }
  }
  if (!report.conclusion().empty()) entries.push_back({1, "", "Conclusie", "conclusie"});
  entries.push_back({1, "", "Colofon", "colofon"});
  return entries;
}

std::vector<GoalRow> GoalRows(const report::v1::ProgressReport& report) {
  std::vector<GoalRow> rows;
  AddGoalRows("Algemene ontwikkeling", report.general(), rows);
  for (const auto& section : report.sections()) {
    for (const auto& topic : section.topics()) AddGoalRows(section.title(), topic, rows);
  }
  return rows;
}

std::string StatusLine(const report::v1::ProgressReport& report) {
  if (report.status() != report::v1::REPORT_STATUS_PUBLISHED) {
    return "Concept: de cijfers kunnen nog veranderen";
  }
  std::string line = "Gepubliceerd, versie " + std::to_string(report.version());
  if (report.has_create_time()) {
    line += ", op " + DutchLongDate(DutchCalendarDay(report.create_time()));
  }
  return line;
}

std::vector<std::string> Sources(const report::v1::ProgressReport& report) {
  std::vector<std::string> sources;
  ForEachIndicatorBlock(
      report, [&sources](const cv1::ThemeSection*, const cv1::IndicatorBlock& block) {
        const std::string& source = block.indicator().source();
        if (!source.empty() && std::find(sources.begin(), sources.end(), source) == sources.end()) {
          sources.push_back(source);
        }
      });
  return sources;
}

void ForEachIndicatorBlock(const report::v1::ProgressReport& report,
                           const std::function<void(const cv1::ThemeSection* section,
                                                    const cv1::IndicatorBlock& block)>& visit) {
  for (const auto& block : report.general().indicators()) visit(nullptr, block);
  for (const auto& section : report.sections()) {
    for (const auto& topic : section.topics()) {
      for (const auto& block : topic.indicators()) visit(&section, block);
    }
  }
}

}  // namespace veilig::report
