#include "common/report/markdown_report.h"

#include <sstream>

#include "common/report/footnotes.h"
#include "common/report/report_walk.h"
#include "common/report/staff_text.h"

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

class MarkdownWriter final : public ReportWriter {
 public:
  explicit MarkdownWriter(std::ostringstream& out) : out_(out) {}

  void Title(const std::string& title, const std::vector<std::string>& lines) override {
    out_ << "# " << title << "\n\n";
    for (const auto& line : lines) out_ << line << "  \n";
    out_ << "\n";
  }

  void Contents(const std::vector<OutlineEntry>& entries) override {
    out_ << "## Inhoud\n\n";
    for (const auto& e : entries) {
      out_ << std::string(2 * static_cast<size_t>(e.level - 1), ' ') << "- [" << HeadingText(e)
           << "](#" << e.anchor << ")\n";
    }
    out_ << "\n";
  }

  // Explicit anchors, so that links work in renderers that name headings
  // differently.
  void BeginChapter(const OutlineEntry& heading) override {
    out_ << "<a id=\"" << heading.anchor << "\"></a>\n\n## " << HeadingText(heading) << "\n\n";
  }
  void EndChapter() override {}

  void Topic(const OutlineEntry& heading) override {
    out_ << "<a id=\"" << heading.anchor << "\"></a>\n\n### " << HeadingText(heading) << "\n\n";
  }

  void Paragraph(const std::string& text) override { out_ << text << "\n\n"; }

  void StaffText(const std::string& markdown, int) override {
    out_ << StaffTextMarkdown(markdown) << "\n\n";
  }

  void GoalTable(const std::vector<GoalRow>& rows) override { Table(report::GoalTable(rows)); }

  void Indicator(const cv1::IndicatorBlock& block, const std::vector<int>& notes,
                 const std::string& chapter) override {
    out_ << "<a id=\"" << IndicatorAnchor(block.indicator()) << "\"></a>\n\n#### "
         << block.indicator().title();
    for (int n : notes) out_ << "[^" << chapter << "-" << n << "]";
    out_ << "\n\n";
    if (!block.series().empty()) Rows(FigureTable(block));
    for (const auto& sentence : block.narrative()) out_ << sentence << "\n\n";
  }

  void Table(const DataTable& table) override {
    if (!table.lead.empty()) out_ << table.lead << "\n\n";
    if (table.rows.empty()) return;
    if (!table.caption.empty()) out_ << "**" << Cell(table.caption) << "**\n\n";
    Rows(table);
  }

  void Footnotes(const std::vector<cv1::SeriesNote>& notes, const std::string& chapter) override {
    for (size_t i = 0; i < notes.size(); ++i) {
      out_ << "[^" << chapter << "-" << i + 1 << "]: " << notes[i].text() << "\n";
    }
    out_ << "\n";
  }

 private:
  void Rows(const DataTable& table) {
    out_ << "|";
    for (const auto& c : table.columns) out_ << " " << Cell(c) << " |";
    out_ << "\n|";
    for (bool numeric : table.numeric) out_ << (numeric ? "---:|" : "---|");
    out_ << "\n";
    for (const auto& row : table.rows) {
      out_ << "|";
      for (const auto& cell : row) out_ << " " << Cell(cell) << " |";
      out_ << "\n";
    }
    out_ << "\n";
    for (const auto& note : table.notes) out_ << note << "\n\n";
  }

  std::ostringstream& out_;
};

}  // namespace

std::string RenderMarkdown(const v1::ProgressReport& report) {
  std::ostringstream out;
  MarkdownWriter writer(out);
  WalkReport(report, writer);
  return out.str();
}

}  // namespace veilig::report
