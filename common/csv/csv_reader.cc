#include "common/csv/csv_reader.h"

#include <memory>

#include "absl/status/status.h"
#include "absl/strings/str_join.h"
#include "common/domain/strings.h"

namespace veilig::csv {

absl::StatusOr<std::optional<std::vector<std::string>>> CsvReader::Next() {
  std::vector<std::string> fields;
  std::string field;
  bool in_quotes = false;
  bool field_was_quoted = false;
  bool any = false;
  record_line_ = next_line_;
  // Straight from the stream's buffer: istream::get and peek build a sentry
  // for every character, which was a third of an import's CPU.
  std::streambuf& in = *in_.rdbuf();
  constexpr int kEnd = std::char_traits<char>::eof();

  for (int ch = in.sbumpc(); ch != kEnd; ch = in.sbumpc()) {
    any = true;
    const char c = static_cast<char>(ch);
    if (in_quotes) {
      if (c == '"') {
        if (in.sgetc() == '"') {
          field.push_back('"');
          in.sbumpc();
        } else {
          in_quotes = false;
        }
      } else {
        if (c == '\n') ++next_line_;
        field.push_back(c);
      }
      continue;
    }
    if (c == '"' && field.empty() && !field_was_quoted) {
      in_quotes = true;
      field_was_quoted = true;
    } else if (c == delimiter_) {
      fields.push_back(std::move(field));
      field.clear();
      field_was_quoted = false;
    } else if (c == '\r' && in.sgetc() == '\n') {
      continue;
    } else if (c == '\n') {
      ++next_line_;
      fields.push_back(std::move(field));
      return fields;
    } else {
      field.push_back(c);
    }
  }
  if (in_quotes) {
    return absl::InvalidArgumentError(StrCat("line ", record_line_, ": unterminated quoted field"));
  }
  if (!any) return std::nullopt;
  fields.push_back(std::move(field));
  return fields;
}

absl::StatusOr<CsvTable> CsvTable::Open(std::istream& in, const std::vector<std::string>& required,
                                        char delimiter) {
  CsvTable table(std::make_unique<CsvReader>(in, delimiter));
  auto header = table.reader_->Next();
  if (!header.ok()) return header.status();
  if (!header->has_value()) return absl::InvalidArgumentError("empty file: no header row");
  std::vector<std::string>& names = **header;
  // A UTF-8 byte order mark is not part of the first column's name.
  if (!names.empty() && names[0].starts_with("\xEF\xBB\xBF")) names[0].erase(0, 3);
  for (size_t i = 0; i < names.size(); ++i) table.columns_[names[i]] = i;
  std::vector<std::string> missing;
  for (const auto& column : required) {
    if (!table.columns_.contains(column)) missing.push_back(column);
  }
  if (!missing.empty()) {
    return absl::InvalidArgumentError(StrCat("missing column(s): ", absl::StrJoin(missing, ", ")));
  }
  return table;
}

absl::StatusOr<bool> CsvTable::Next() {
  while (true) {
    auto record = reader_->Next();
    if (!record.ok()) return record.status();
    if (!record->has_value()) return false;
    std::vector<std::string>& fields = **record;
    if (fields.size() == 1 && fields[0].empty()) continue;  // blank line
    if (fields.size() != columns_.size()) {
      return absl::InvalidArgumentError(StrCat("line ", reader_->line(), ": expected ",
                                               columns_.size(), " fields, found ", fields.size()));
    }
    record_ = std::move(fields);
    return true;
  }
}

std::vector<std::string> CsvTable::Columns() const {
  std::vector<std::string> names;
  names.reserve(columns_.size());
  for (const auto& [name, index] : columns_) names.push_back(name);
  return names;
}

std::string_view CsvTable::Get(std::string_view column) const {
  auto it = columns_.find(column);
  if (it == columns_.end() || it->second >= record_.size()) return {};
  return record_[it->second];
}

}  // namespace veilig::csv
