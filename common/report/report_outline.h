// The report's structure as every format prints it: stable anchors, the
// numbered table of contents in the plan's order, and the summary's goal
// table (every goal of the plan with where it stands and why).
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "veilig/report/v1/report_service.pb.h"

namespace veilig::report {

// A stable fragment identifier: lower-case ASCII letters, digits and '-'
// ("1.1 High impact crimes" -> "1-1-high-impact-crimes").
std::string Anchor(std::string_view text);
std::string ThemeAnchor(const common::v1::ThemeSection& section);
std::string TopicAnchor(const common::v1::TopicBlock& topic);
// The indicator's id, e.g. "woninginbraak".
std::string IndicatorAnchor(const common::v1::Indicator& indicator);

// The theme's chapter number taken from its topics' numbers ("3" for 3.1,
// 3.2, ...), empty when the plan does not number them.
std::string ThemeNumber(const common::v1::ThemeSection& section);
// "3.3 Woonoverlast" -> "Woonoverlast" (the label without its number).
std::string TopicTitle(const common::v1::TopicBlock& topic);

struct OutlineEntry {
  int level = 1;  // 1: a chapter (theme, introduction), 2: a topic
  std::string number;
  std::string title;
  std::string anchor;
  // A chapter of figures (the general development or a theme), which print
  // starts on a new page; not the summary, introduction, conclusion or colophon.
  bool figures = false;
};

// "3.3 Woonoverlast", or the title alone when unnumbered.
std::string HeadingText(const OutlineEntry& entry);

// The chapters and their topics in the report's order.
std::vector<OutlineEntry> Outline(const report::v1::ProgressReport& report);

struct GoalRow {
  std::string theme;
  std::string topic;
  std::string indicator;
  std::string anchor;
  std::string aim;       // "een daling ten opzichte van 2017"
  std::string baseline;  // the goal's baseline value, "–" if missing
  std::string current;
  common::v1::GoalProgress progress = common::v1::GOAL_PROGRESS_UNSPECIFIED;
  std::string reason;
};

// Every indicator with a goal, grouped by theme in the report's order.
std::vector<GoalRow> GoalRows(const report::v1::ProgressReport& report);

// "Gepubliceerd, versie 2, op 12 juli 2019" or "Concept".
std::string StatusLine(const report::v1::ProgressReport& report);

// The sources the report's figures come from, each once, in order of use.
std::vector<std::string> Sources(const report::v1::ProgressReport& report);

// Every indicator of the report in its order: the general development's
// first (`section` null), then each theme's, topic by topic.
void ForEachIndicatorBlock(
    const report::v1::ProgressReport& report,
    const std::function<void(const common::v1::ThemeSection* section,
                             const common::v1::IndicatorBlock& block)>& visit);

}  // namespace veilig::report
