#include "common/import/statline.h"

#include <array>

#include "absl/strings/numbers.h"
#include "common/csv/csv_reader.h"
#include "common/domain/period.h"
#include "common/domain/strings.h"

namespace veilig::import {
namespace {

absl::Status AtLine(int line, std::string_view problem) {
  return absl::InvalidArgumentError(StrCat("line ", line, ": ", problem));
}

}  // namespace

std::optional<std::string> CanonicalStatLinePeriod(const std::string& label) {
  if (label.size() < 4) return std::nullopt;
  int year = 0;
  if (!absl::SimpleAtoi(label.substr(0, 4), &year)) return std::nullopt;
  if (label.size() == 4) return Period::Year(year).ToString();
  if (label[4] != ' ') return std::nullopt;
  const std::string rest = label.substr(5);
  static const std::array<const char*, 12> kMonths = {
      "januari", "februari", "maart",     "april",   "mei",      "juni",
      "juli",    "augustus", "september", "oktober", "november", "december"};
  for (int m = 0; m < 12; ++m) {
    if (rest == kMonths[m]) return Period::Month(year, m + 1).ToString();
  }
  for (int q = 1; q <= 4; ++q) {
    if (rest == StrCat(q, "e kwartaal")) return Period::Quarter(year, q).ToString();
  }
  for (int h = 1; h <= 2; ++h) {
    if (rest == StrCat(h, "e halfjaar")) return Period::HalfYear(year, h).ToString();
  }
  return std::nullopt;
}

absl::Status ReadStatLine(std::istream& in, StatLineHeader& header,
                          const std::function<absl::Status(const StatLineRow&)>& on_row) {
  csv::CsvReader reader(in, ';');
  bool have_periods = false, in_rows = false;
  while (true) {
    auto record = reader.Next();
    if (!record.ok()) return record.status();
    if (!record->has_value()) break;
    const std::vector<std::string>& fields = **record;
    const int line = reader.line();
    if (fields.size() == 1) {
      const std::string& text = fields[0];
      if (text.starts_with("Bron: ")) {
        header.source = text.substr(6);
      } else if (text.starts_with("Soort misdrijf: ")) {
        header.crime_type = text.substr(16);
      } else if (header.title.empty() && !text.empty()) {
        header.title = text;
      }
      continue;
    }
    if (!have_periods) {
      if (fields[0] != "Perioden") continue;  // the subject line before it
      for (size_t i = 1; i < fields.size(); ++i) {
        auto period = CanonicalStatLinePeriod(fields[i]);
        if (!period) return AtLine(line, StrCat("'", fields[i], "' is not a period"));
        header.periods.push_back(*period);
      }
      have_periods = true;
      continue;
    }
    if (!in_rows) {
      in_rows = true;
      if (fields[0] == "Regio's" || fields[0] == "Wijken en buurten") continue;  // the unit line
    }
    if (fields.size() != header.periods.size() + 1) {
      return AtLine(
          line, StrCat("expected ", header.periods.size() + 1, " fields, found ", fields.size()));
    }
    StatLineRow row;
    row.region = fields[0];
    row.line = line;
    for (size_t i = 1; i < fields.size(); ++i) {
      const std::string& cell = fields[i];
      if (cell == "." || cell.empty()) {
        row.values.emplace_back();
        continue;
      }
      int64_t value = 0;
      if (!absl::SimpleAtoi(cell, &value) || value < 0) {
        return AtLine(line, StrCat("'", cell, "' is not a count"));
      }
      row.values.emplace_back(value);
    }
    if (auto s = on_row(row); !s.ok()) return s;
  }
  if (!have_periods)
    return absl::InvalidArgumentError("no \"Perioden\" line: not a StatLine export");
  return absl::OkStatus();
}

}  // namespace veilig::import
