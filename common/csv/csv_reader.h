// A streaming RFC 4180 reader: quoted fields, doubled quotes, embedded
// delimiters and newlines, CRLF or LF line ends, a configurable delimiter.
// Reads one record at a time so memory stays flat however large the file.
#pragma once

#include <istream>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"

namespace veilig::csv {

class CsvReader {
 public:
  explicit CsvReader(std::istream& in, char delimiter = ',') : in_(in), delimiter_(delimiter) {}

  // The next record, nothing at end of input, or an error naming the line
  // (e.g. an unterminated quote).
  absl::StatusOr<std::optional<std::vector<std::string>>> Next();

  // 1-based line on which the last returned record started.
  int line() const { return record_line_; }

 private:
  std::istream& in_;
  char delimiter_;
  int next_line_ = 1;
  int record_line_ = 0;
};

// A CSV file with a header row whose fields are looked up by column name.
class CsvTable {
 public:
  // Reads the header row; fails if a column in `required` is missing.
  static absl::StatusOr<CsvTable> Open(std::istream& in, const std::vector<std::string>& required,
                                       char delimiter = ',');

  // Advances to the next record; false at end of input. A record whose field
  // count differs from the header is an error.
  absl::StatusOr<bool> Next();

  // The named field of the current record; empty if the column is absent.
  std::string_view Get(std::string_view column) const;
  bool Has(std::string_view column) const { return columns_.contains(std::string(column)); }
  // The column names of the header row, in sorted order.
  std::vector<std::string> Columns() const;
  int line() const { return reader_->line(); }

  CsvTable(CsvTable&&) = default;
  CsvTable& operator=(CsvTable&&) = default;

 private:
  explicit CsvTable(std::unique_ptr<CsvReader> reader) : reader_(std::move(reader)) {}
  std::unique_ptr<CsvReader> reader_;
  std::map<std::string, size_t, std::less<>> columns_;
  std::vector<std::string> record_;
};

}  // namespace veilig::csv
