#include "gateway/report/report_diff.h"

#include <google/protobuf/text_format.h>
#include <google/protobuf/util/message_differencer.h>

#include <map>
#include <set>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "common/report/dutch_number.h"
#include "common/report/labels.h"
#include "common/report/signal_text.h"
#include "common/report/survey_text.h"

namespace veilig::gateway {
namespace {

namespace cv1 = common::v1;
using report::v1::ProgressReport;
using report::v1::ReportDifference;

// Every figure of a report, by readable location.
using Figures = std::map<std::string, std::string>;

void CollectBlock(const cv1::IndicatorBlock& block, Figures& figures) {
  const std::string title = block.indicator().title();
  for (const auto& series : block.series()) {
    for (const auto& point : series.points()) {
      const std::string where = title + " / " + series.area_name() + " / " + point.period();
      if (point.has_count()) figures[where + " / aantal"] = report::FormatCount(point.count());
      if (point.has_rate()) figures[where + " / per 1.000"] = report::FormatRate(point.rate());
    }
  }
  if (block.has_goal_assessment()) {
    figures[title + " / doelstelling"] =
        std::string(report::GoalProgressLabel(block.goal_assessment().progress()));
  }
}

// A survey's editions, as printed: "18,2% (16,6–19,8%)".
void CollectSurvey(const cv1::SurveyBlock& block, Figures& figures) {
  for (const auto& estimate : block.estimates()) {
    figures[block.indicator().title() + " / " + estimate.area_name() + " / " + estimate.period()] =
        report::SurveyEstimateText(estimate);
  }
}

std::string Text(const google::protobuf::Message& message) {
  std::string text;
  google::protobuf::TextFormat::Printer printer;
  printer.SetSingleLineMode(true);
  printer.PrintToString(message, &text);
  return text;
}

// Activities and the theme services' own items, as a set of readable lines.
void CollectItems(const cv1::ThemeSection& section, std::set<std::string>& items) {
  for (const auto& topic : section.topics()) {
    for (const auto& activity : topic.activities()) {
      items.insert(section.title() + " / activiteit: " + Text(activity));
    }
  }
  // Each row of the theme's tables on its own line, so an added or changed
  // item shows alone.
  for (const auto& table : section.tables()) {
    const std::string where = section.title() + " / " + table.caption();
    if (!table.lead().empty()) items.insert(where + ": " + table.lead());
    for (const auto& row : table.rows()) {
      items.insert(absl::StrCat(where, ": ", absl::StrJoin(row.cells(), " | ")));
    }
    for (const auto& note : table.notes()) items.insert(absl::StrCat(where, ": ", note));
  }
  // A signal found or gone between versions, in the summary's words.
  std::vector<cv1::Indicator> indicators;
  for (const auto& topic : section.topics()) {
    for (const auto& block : topic.indicators()) indicators.push_back(block.indicator());
  }
  for (const auto& signal : section.area_signals()) {
    items.insert(section.title() + " / signaal: " +
                 report::SignalSentence(signal, report::IndicatorOfSignal(indicators, signal)));
  }
}

// The department's texts, by where they stand, so an edit shows as a change.
void CollectTexts(const ProgressReport& report, Figures& figures) {
  const auto add = [&figures](const std::string& where, const std::string& text) {
    if (!text.empty()) figures[where + " / tekst"] = text;
  };
  add("Inleiding", report.introduction());
  add("Conclusie", report.conclusion());
  for (const auto& section : report.sections()) {
    add(section.title(), section.staff_text());
    for (const auto& topic : section.topics()) {
      add(section.title() + " / " + topic.topic(), topic.staff_text());
    }
  }
}

void Collect(const ProgressReport& report, Figures& figures, std::set<std::string>& items) {
  for (const auto& block : report.general().indicators()) CollectBlock(block, figures);
  for (const auto& block : report.general().surveys()) CollectSurvey(block, figures);
  for (const auto& section : report.sections()) {
    for (const auto& topic : section.topics()) {
      for (const auto& block : topic.indicators()) CollectBlock(block, figures);
      for (const auto& block : topic.surveys()) CollectSurvey(block, figures);
    }
    CollectItems(section, items);
  }
  CollectTexts(report, figures);
}

}  // namespace

std::vector<ReportDifference> DiffReports(const ProgressReport& from, const ProgressReport& to) {
  Figures before, after;
  std::set<std::string> items_before, items_after;
  Collect(from, before, items_before);
  Collect(to, after, items_after);

  std::vector<ReportDifference> differences;
  const auto add = [&differences](const std::string& where, const std::string& a,
                                  const std::string& b) {
    ReportDifference& d = differences.emplace_back();
    d.set_location(where);
    d.set_from_value(a);
    d.set_to_value(b);
  };
  for (const auto& [where, value] : before) {
    auto it = after.find(where);
    if (it == after.end()) {
      add(where, value, "");
    } else if (it->second != value) {
      add(where, value, it->second);
    }
  }
  for (const auto& [where, value] : after) {
    if (!before.contains(where)) add(where, "", value);
  }
  for (const auto& item : items_before) {
    if (!items_after.contains(item)) add(item, "aanwezig", "");
  }
  for (const auto& item : items_after) {
    if (!items_before.contains(item)) add(item, "", "aanwezig");
  }
  return differences;
}

}  // namespace veilig::gateway
