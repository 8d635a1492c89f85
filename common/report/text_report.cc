#include "common/report/text_report.h"

#include <algorithm>
#include <sstream>

#include "absl/strings/str_split.h"
#include "common/report/dutch_text.h"
#include "common/report/report_walk.h"
#include "common/report/staff_text.h"

namespace veilig::report {
namespace {

namespace cv1 = common::v1;

std::string Padded(const std::string& text, size_t width, bool right) {
  const size_t chars = Utf8Length(text);
  if (chars >= width) return text;
  const std::string fill(width - chars, ' ');
  return right ? fill + text : text + fill;
}

class TextWriter final : public ReportWriter {
 public:
  explicit TextWriter(std::ostringstream& out) : out_(out) {}

  void Title(const std::string& title, const std::vector<std::string>& lines) override {
    out_ << title << "\n" << std::string(Utf8Length(title), '=') << "\n";
    for (const auto& line : lines) out_ << line << "\n";
    out_ << "\n";
  }

  void Contents(const std::vector<OutlineEntry>& entries) override {
    out_ << "INHOUD\n";
    for (const auto& e : entries)
      out_ << std::string(2 * static_cast<size_t>(e.level), ' ') << HeadingText(e) << "\n";
    out_ << "\n";
  }

  void BeginChapter(const OutlineEntry& heading) override {
    std::string title = HeadingText(heading);
    std::transform(title.begin(), title.end(), title.begin(),
                   [](unsigned char c) { return c < 0x80 ? std::toupper(c) : c; });
    out_ << title << "\n\n";
  }
  void EndChapter() override {}

  void Topic(const OutlineEntry& heading) override {
    const std::string title = HeadingText(heading);
    out_ << title << "\n" << std::string(Utf8Length(title), '-') << "\n\n";
  }

  void Paragraph(const std::string& text) override { out_ << text << "\n\n"; }

  void StaffText(const std::string& markdown, int) override {
    for (const auto& line : absl::StrSplit(StaffTextMarkdown(markdown), '\n')) {
      out_ << "  | " << line << "\n";
    }
    out_ << "\n";
  }

  void GoalTable(const std::vector<GoalRow>& rows) override { Table(report::GoalTable(rows)); }

  void Indicator(const cv1::IndicatorBlock& block, const std::vector<int>& notes,
                 const std::string&) override {
    out_ << block.indicator().title();
    if (!notes.empty()) {
      out_ << " [noot";
      for (int n : notes) out_ << " " << n;
      out_ << "]";
    }
    out_ << "\n\n";
    if (!block.series().empty()) Table(FigureTable(block), false);
    for (const auto& sentence : block.narrative()) out_ << sentence << "\n";
    out_ << "\n";
  }

  void Table(const DataTable& table) override { Table(table, true); }

  void Footnotes(const std::vector<cv1::SeriesNote>& notes, const std::string&) override {
    out_ << "Noten\n";
    for (size_t i = 0; i < notes.size(); ++i) {
      out_ << "  [" << i + 1 << "] " << notes[i].text() << "\n";
    }
    out_ << "\n";
  }

 private:
  // Columns as wide as their widest cell, so figures line up whatever the
  // length of a row's label.
  void Table(const DataTable& table, bool with_caption) {
    if (!table.lead.empty()) out_ << table.lead << "\n";
    if (table.rows.empty()) {
      if (!table.lead.empty()) out_ << "\n";
      return;
    }
    if (with_caption && !table.caption.empty()) out_ << table.caption << ":\n";
    std::vector<size_t> widths(table.columns.size(), 0);
    const bool header = std::any_of(table.columns.begin(), table.columns.end(),
                                    [](const std::string& c) { return !c.empty(); });
    for (size_t c = 0; c < table.columns.size(); ++c) {
      if (header) widths[c] = Utf8Length(table.columns[c]);
      for (const auto& row : table.rows) {
        if (c < row.size()) widths[c] = std::max(widths[c], Utf8Length(row[c]));
      }
    }
    const auto line = [&](const std::vector<std::string>& cells) {
      std::string text = "  ";
      for (size_t c = 0; c < widths.size(); ++c) {
        const std::string cell = c < cells.size() ? cells[c] : "";
        text += (c > 0 ? "  " : "") + Padded(cell, widths[c], table.numeric[c]);
      }
      while (!text.empty() && text.back() == ' ') text.pop_back();
      out_ << text << "\n";
    };
    if (header) {
      line(table.columns);
      size_t total = 0;
      for (size_t w : widths) total += w;
      out_ << "  " << std::string(total + 2 * (widths.size() - 1), '-') << "\n";
    }
    for (const auto& row : table.rows) line(row);
    for (const auto& note : table.notes) out_ << "  " << note << "\n";
    out_ << "\n";
  }

  std::ostringstream& out_;
};

}  // namespace

std::string RenderText(const v1::ProgressReport& report) {
  std::ostringstream out;
  TextWriter writer(out);
  WalkReport(report, writer);
  return out.str();
}

}  // namespace veilig::report
