// The report's order, once for every format: title, summary with the goal
// table, contents, introduction, the general development, each theme's
// chapter (its text, topics in the plan's order with their text, figures,
// sentences and tables, then its footnotes), conclusion and colophon. A
// format implements ReportWriter; WalkReport decides what comes when.
#pragma once

#include <string>
#include <vector>

#include "common/report/report_outline.h"
#include "common/report/report_tables.h"
#include "veilig/report/v1/report_service.pb.h"

namespace veilig::report {

class ReportWriter {
 public:
  virtual ~ReportWriter() = default;

  // The title and the lines under it (plan, period, baseline, status).
  virtual void Title(const std::string& title, const std::vector<std::string>& lines) = 0;
  virtual void Contents(const std::vector<OutlineEntry>& entries) = 0;
  // A chapter (level 1, e.g. a theme) or a topic (level 2) begins; chapters
  // end before the next one begins.
  virtual void BeginChapter(const OutlineEntry& heading) = 0;
  virtual void EndChapter() = 0;
  virtual void Topic(const OutlineEntry& heading) = 0;
  virtual void Paragraph(const std::string& text) = 0;
  // The department's own text (safe Markdown), under a heading of `level`.
  virtual void StaffText(const std::string& markdown, int level) = 0;
  virtual void GoalTable(const std::vector<GoalRow>& rows) = 0;
  // An indicator: title with its footnote numbers (ids made with
  // `chapter_anchor`), figures and sentences.
  virtual void Indicator(const common::v1::IndicatorBlock& block, const std::vector<int>& notes,
                         const std::string& chapter_anchor) = 0;
  virtual void Table(const DataTable& table) = 0;
  virtual void Footnotes(const std::vector<common::v1::SeriesNote>& notes,
                         const std::string& chapter_anchor) = 0;
};

void WalkReport(const report::v1::ProgressReport& report, ReportWriter& writer);

// "Voortgangsrapportage Almere, eerste helft van 2019".
std::string ReportTitle(const report::v1::ProgressReport& report);

}  // namespace veilig::report
