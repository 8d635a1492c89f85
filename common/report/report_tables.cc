#include "common/report/report_tables.h"

#include <algorithm>
#include <cmath>

#include "absl/strings/str_join.h"
#include "common/domain/topic_label.h"
#include "common/report/dutch_number.h"
#include "common/report/dutch_period.h"
#include "common/report/labels.h"
#include "common/report/survey_text.h"

namespace veilig::report {
namespace {

namespace cv1 = common::v1;

constexpr char kMissing[] = "–";

std::string Quantity(double q) { return FormatDecimal(q, q == std::floor(q) ? 0 : 1); }

}  // namespace

DataTable FigureTable(const cv1::IndicatorBlock& block) {
  DataTable table;
  table.caption = block.indicator().title() + ": cijfers";
  table.columns = {"Gebied"};
  table.numeric = {false};
  if (block.series().empty()) return table;
  for (const auto& p : block.series(0).points()) {
    table.columns.push_back(DutchPeriodShort(p.period()));
    table.numeric.push_back(true);
  }
  const bool rates = block.indicator().unit() != cv1::UNIT_COUNT;
  bool incomplete = false;
  for (const auto& series : block.series()) {
    if (series.area_kind() == cv1::AREA_KIND_MUNICIPALITY) {
      std::vector<std::string> row = {series.area_name() + " (aantal)"};
      for (const auto& p : series.points()) {
        row.push_back(p.has_count() ? FormatCount(p.count()) + (p.complete() ? "" : "*")
                                    : kMissing);
        incomplete |= p.has_count() && !p.complete();
      }
      table.rows.push_back(std::move(row));
    }
    if (rates) {
      const bool group = series.area_kind() != cv1::AREA_KIND_MUNICIPALITY;
      std::vector<std::string> row = {(group ? "Gemiddelde " : "") + series.area_name() +
                                      " (per 1.000)"};
      for (const auto& p : series.points()) {
        row.push_back(p.has_rate() ? FormatRate(p.rate()) : kMissing);
      }
      table.rows.push_back(std::move(row));
    }
  }
  if (incomplete) table.notes.push_back("* Nog niet alle cijfers over deze periode zijn binnen.");
  return table;
}

DataTable SurveyTable(const cv1::SurveyBlock& block) {
  DataTable table;
  table.caption = block.indicator().title() + " (enquête; percentage met 95%-marge)";
  table.columns = {"Gebied"};
  table.numeric = {false};
  std::vector<std::string> editions;
  for (const auto& estimate : block.estimates()) {
    if (std::find(editions.begin(), editions.end(), estimate.period()) == editions.end()) {
      editions.push_back(estimate.period());
    }
  }
  std::sort(editions.begin(), editions.end());
  for (const auto& edition : editions) {
    table.columns.push_back(edition);
    table.numeric.push_back(true);
  }
  for (const auto& estimate : block.estimates()) {
    if (table.rows.empty() || table.rows.back().front() != estimate.area_name()) {
      table.rows.emplace_back(table.columns.size(), kMissing);
      table.rows.back().front() = estimate.area_name();
    }
    const auto column = std::find(editions.begin(), editions.end(), estimate.period());
    table.rows.back()[1 + (column - editions.begin())] = SurveyEstimateText(estimate);
  }
  for (const auto& sentence : block.narrative()) table.notes.push_back(sentence);
  for (const auto& note : block.notes()) table.notes.push_back(note.text());
  if (!block.indicator().source().empty()) {
    table.notes.push_back("Bron: " + block.indicator().source() + ".");
  }
  return table;
}

DataTable ActivityTable(const cv1::TopicBlock& topic) {
  DataTable table;
  table.caption = "Wat is er gedaan";
  table.columns = {"Wat", "Aantal", "Eenheid", "Partners"};
  table.numeric = {false, true, false, false};
  for (const auto& a : topic.activities()) {
    std::vector<std::string> partners(a.partners().begin(), a.partners().end());
    table.rows.push_back(
        {a.description(), Quantity(a.quantity()), a.unit(), absl::StrJoin(partners, ", ")});
  }
  return table;
}

DataTable GoalTable(const std::vector<GoalRow>& rows) {
  DataTable table;
  table.caption = "Doelstellingen van het actieplan";
  table.columns = {"Thema", "Indicator", "Doelstelling", "Peiljaar", "Nu", "Stand", "Toelichting"};
  table.numeric = {false, false, false, true, true, false, false};
  for (const auto& row : rows) {
    table.rows.push_back({row.theme, row.indicator, row.aim, row.baseline, row.current,
                          std::string(GoalProgressLabel(row.progress)), row.reason});
  }
  return table;
}

std::vector<DataTable> ThemeTables(const cv1::ThemeSection& section) {
  std::vector<DataTable> tables;
  for (const auto& laid_out : section.tables()) {
    DataTable& table = tables.emplace_back();
    table.caption = laid_out.caption();
    table.topic = laid_out.topic();
    table.lead = laid_out.lead();
    for (const auto& column : laid_out.columns()) {
      table.columns.push_back(column.title());
      table.numeric.push_back(column.numeric());
    }
    for (const auto& row : laid_out.rows()) {
      table.rows.emplace_back(row.cells().begin(), row.cells().end());
    }
    table.notes.assign(laid_out.notes().begin(), laid_out.notes().end());
  }
  return tables;
}

bool BelongsUnder(const DataTable& table, const cv1::TopicBlock& topic) {
  return !table.topic.empty() && SameTopic(table.topic, topic.topic());
}

}  // namespace veilig::report
