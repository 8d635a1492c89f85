// Writing CSV for people who open it in a spreadsheet. The Dutch default is
// what Dutch Excel reads without a wizard: ';' between fields, decimal
// comma, UTF-8 announced by a byte-order mark. RFC 4180 (',' and a decimal
// point, no mark) is there for programs. Both quote a field only when it
// holds the separator, a quote or a line break, and end lines with CRLF.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace veilig::csv {

enum class CsvDialect { kDutchExcel, kRfc4180 };

class CsvWriter {
 public:
  explicit CsvWriter(CsvDialect dialect);

  void Row(const std::vector<std::string>& fields);
  // A number with `decimals` places in the dialect's decimal mark, no
  // thousands separator; empty when absent.
  std::string Number(std::optional<double> value, int decimals) const;
  static std::string Count(std::optional<int64_t> value);

  const std::string& text() const { return text_; }

 private:
  CsvDialect dialect_;
  char separator_;
  std::string text_;
};

}  // namespace veilig::csv
