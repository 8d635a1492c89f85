// Every table of the report in one format-neutral shape, so that the text,
// Markdown and HTML reports print the same rows: an indicator's figures,
// what was done, the goal table and the theme services' own data.
#pragma once

#include <string>
#include <vector>

#include "common/report/report_outline.h"
#include "veilig/common/v1/section.pb.h"

namespace veilig::report {

struct DataTable {
  std::string caption;
  // The topic the table belongs under, by title without number
  // ("Woonoverlast"); empty: after the chapter's topics.
  std::string topic;
  // A sentence printed before the table (may be the only content).
  std::string lead;
  std::vector<std::string> columns;
  // Per column: right-aligned figures rather than text.
  std::vector<bool> numeric;
  // The first cell of each row names the row.
  std::vector<std::vector<std::string>> rows;
  // Sentences printed under the table.
  std::vector<std::string> notes;
};

// The municipality's counts and every area's rates, one row each, one column
// per half year.
DataTable FigureTable(const common::v1::IndicatorBlock& block);
// A survey indicator: a row per area, a column per edition, each estimate
// with its margin; its sentences (SurveyBlock.narrative) and notes under it.
DataTable SurveyTable(const common::v1::SurveyBlock& block);
// "Wat is er gedaan": quantity, what, partners.
DataTable ActivityTable(const common::v1::TopicBlock& topic);
// The summary's goals: indicator, goal, baseline, now, where it stands, why.
DataTable GoalTable(const std::vector<GoalRow>& rows);
// The tables the theme service laid out for its own data (measures, cases,
// registers, incidents, ...). A table whose topic is set belongs under that
// topic.
std::vector<DataTable> ThemeTables(const common::v1::ThemeSection& section);

// Whether `table` belongs under `topic` (matched by title, with or without
// the plan's number).
bool BelongsUnder(const DataTable& table, const common::v1::TopicBlock& topic);

}  // namespace veilig::report
