#include "common/report/report_walk.h"

#include <map>

#include "common/report/dutch_number.h"
#include "common/report/dutch_period.h"
#include "common/report/dutch_text.h"
#include "common/report/footnotes.h"
#include "common/report/labels.h"
#include "common/report/signal_text.h"

namespace veilig::report {
namespace {

namespace cv1 = common::v1;

std::string MunicipalityName(const report::v1::ProgressReport& report) {
  return report.municipality_name().empty() ? report.municipality() : report.municipality_name();
}

// "Van de 9 doelstellingen zijn er 5 op koers, 3 niet op koers en 1 niet te
// beoordelen."
std::string GoalCounts(const std::vector<GoalRow>& rows) {
  if (rows.empty()) return "Het actieplan stelt geen doelen aan de indicatoren in dit rapport.";
  std::map<cv1::GoalProgress, int> counts;
  for (const auto& row : rows) ++counts[row.progress];
  std::vector<std::string> parts;
  for (auto progress :
       {cv1::GOAL_PROGRESS_ACHIEVED, cv1::GOAL_PROGRESS_ON_TRACK, cv1::GOAL_PROGRESS_OFF_TRACK,
        cv1::GOAL_PROGRESS_NOT_ACHIEVED, cv1::GOAL_PROGRESS_NOT_ASSESSABLE}) {
    if (counts[progress] > 0) {
      parts.push_back(std::to_string(counts[progress]) + " " +
                      std::string(GoalProgressLabel(progress)));
    }
  }
  const std::string joined = DutchList(parts);
  const size_t n = rows.size();
  return "Van de " + FormatCounted(static_cast<int64_t>(n), "doelstelling", "doelstellingen") +
         (n == 1 ? " is die " : " zijn er ") + joined + ".";
}

void Indicators(const cv1::TopicBlock& topic, ChapterFootnotes& notes,
                const std::string& chapter_anchor, ReportWriter& writer) {
  for (const auto& block : topic.indicators()) {
    writer.Indicator(block, notes.Refer(block), chapter_anchor);
  }
}

void TopicContent(const cv1::TopicBlock& topic, const std::vector<DataTable>& tables,
                  ChapterFootnotes& notes, const std::string& chapter_anchor,
                  ReportWriter& writer) {
  if (!topic.staff_text().empty()) writer.StaffText(topic.staff_text(), 3);
  Indicators(topic, notes, chapter_anchor, writer);
  for (const auto& survey : topic.surveys()) writer.Table(SurveyTable(survey));
  if (!topic.activities().empty()) writer.Table(ActivityTable(topic));
  bool any_table = false;
  for (const auto& table : tables) {
    if (!BelongsUnder(table, topic)) continue;
    writer.Table(table);
    any_table = true;
  }
  if (topic.staff_text().empty() && topic.indicators().empty() && topic.surveys().empty() &&
      topic.activities().empty() && !any_table) {
    writer.Paragraph(
        "Over dit onderwerp zijn in deze periode geen cijfers of activiteiten "
        "vastgelegd.");
  }
}

void ThemeChapter(const cv1::ThemeSection& section, bool unavailable, ReportWriter& writer) {
  const OutlineEntry heading{1, ThemeNumber(section), section.title(), ThemeAnchor(section), true};
  writer.BeginChapter(heading);
  if (unavailable) {
    writer.Paragraph("Dit onderdeel is op dit moment niet beschikbaar.");
    writer.EndChapter();
    return;
  }
  if (!section.staff_text().empty()) writer.StaffText(section.staff_text(), 2);
  const std::vector<DataTable> tables = ThemeTables(section);
  ChapterFootnotes notes;
  for (const auto& topic : section.topics()) {
    writer.Topic({2, topic.number(), TopicTitle(topic), TopicAnchor(topic)});
    TopicContent(topic, tables, notes, heading.anchor, writer);
  }
  for (const auto& table : tables) {
    bool placed = false;
    for (const auto& topic : section.topics()) placed |= BelongsUnder(table, topic);
    if (!placed) writer.Table(table);
  }
  if (!notes.notes().empty()) writer.Footnotes(notes.notes(), heading.anchor);
  writer.EndChapter();
}

// The summary's "Signalen": what the theme services found in the wijken and
// buurten, and whether one was still working them out; nothing when none of
// them had figures there to judge.
void SignalsPart(const report::v1::ProgressReport& report, ReportWriter& writer) {
  std::vector<cv1::AreaSignal> signals;
  int tests = 0;
  bool pending = false;
  std::vector<cv1::Indicator> indicators;
  const auto add_indicators = [&indicators](const cv1::TopicBlock& topic) {
    for (const auto& block : topic.indicators()) indicators.push_back(block.indicator());
  };
  add_indicators(report.general());
  for (const auto& section : report.sections()) {
    for (const auto& topic : section.topics()) add_indicators(topic);
    signals.insert(signals.end(), section.area_signals().begin(), section.area_signals().end());
    tests += section.area_signal_tests();
    pending = pending || section.area_signals_pending();
  }
  const std::vector<std::string> paragraphs = SignalsSummary(signals, tests, indicators, pending);
  if (paragraphs.empty()) return;
  writer.Topic({2, "", "Signalen", "signalen"});
  for (const auto& paragraph : paragraphs) writer.Paragraph(paragraph);
}

void Colophon(const report::v1::ProgressReport& report, ReportWriter& writer) {
  writer.BeginChapter({1, "", "Colofon", "colofon"});
  DataTable table;
  table.caption = "Over deze rapportage";
  table.columns = {"", ""};
  table.numeric = {false, false};
  std::string publisher = "Gemeente " + MunicipalityName(report);
  if (report.has_plan() && !report.plan().department().empty()) {
    publisher += ", " + report.plan().department();
  }
  table.rows.push_back({"Uitgave", publisher});
  if (report.has_plan()) table.rows.push_back({"Actieplan", report.plan().title()});
  table.rows.push_back({"Periode", DutchPeriod(report.period())});
  table.rows.push_back({"Status", StatusLine(report)});
  std::string sources;
  for (const auto& source : Sources(report)) sources += (sources.empty() ? "" : "; ") + source;
  if (!sources.empty()) table.rows.push_back({"Bronnen", sources});
  table.rows.push_back({"Samengesteld met", "Veilig"});
  writer.Table(table);
  writer.EndChapter();
}

}  // namespace

std::string ReportTitle(const report::v1::ProgressReport& report) {
  return "Voortgangsrapportage " + MunicipalityName(report) + ", " + DutchPeriod(report.period());
}

void WalkReport(const report::v1::ProgressReport& report, ReportWriter& writer) {
  std::vector<std::string> lines;
  if (report.has_plan()) lines.push_back(report.plan().title());
  if (!report.baseline_period().empty()) {
    lines.push_back("Peiljaar: " + DutchPeriod(report.baseline_period()));
  }
  lines.push_back(StatusLine(report));
  writer.Title(ReportTitle(report), lines);

  const std::vector<GoalRow> goals = GoalRows(report);
  writer.BeginChapter({1, "", "Samenvatting", "samenvatting"});
  writer.Paragraph(GoalCounts(goals));
  if (!goals.empty()) writer.GoalTable(goals);
  if (!report.unreachable().empty()) {
    std::string missing;
    for (const auto& service : report.unreachable())
      missing += (missing.empty() ? "" : ", ") + service;
    writer.Paragraph("Let op: niet alle onderdelen waren bereikbaar (" + missing +
                     "); deze rapportage is onvolledig.");
  }
  SignalsPart(report, writer);
  writer.EndChapter();
  writer.Contents(Outline(report));

  writer.BeginChapter({1, "", "Inleiding", "inleiding"});
  writer.Paragraph("Deze rapportage beschrijft de voortgang van het veiligheidsbeleid van " +
                   MunicipalityName(report) + " over de " + DutchPeriod(report.period()) +
                   ": per thema de ontwikkeling van de cijfers ten opzichte van het peiljaar en "
                   "van vergelijkbare gebieden, de stand van de doelstellingen en wat er is "
                   "gedaan.");
  if (!report.introduction().empty()) writer.StaffText(report.introduction(), 2);
  writer.EndChapter();

  if (!report.general().indicators().empty()) {
    writer.BeginChapter({1, "", "Algemene ontwikkeling", "algemene-ontwikkeling", true});
    ChapterFootnotes notes;
    Indicators(report.general(), notes, "algemene-ontwikkeling", writer);
    if (!notes.notes().empty()) writer.Footnotes(notes.notes(), "algemene-ontwikkeling");
    writer.EndChapter();
  }
  for (const auto& section : report.sections()) {
    const bool unavailable = section.topics().empty() && section.periods().empty();
    ThemeChapter(section, unavailable, writer);
  }
  if (!report.conclusion().empty()) {
    writer.BeginChapter({1, "", "Conclusie", "conclusie"});
    writer.StaffText(report.conclusion(), 2);
    writer.EndChapter();
  }
  Colophon(report, writer);
}

}  // namespace veilig::report
