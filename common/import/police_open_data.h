// Reads the police open-data tables in their typed long format (CSV, one
// figure per row), as 47013NED / 47018NED / 47022NED are published:
//   ID;SoortMisdrijf;RegioS|WijkenEnBuurten;Perioden;GeregistreerdeMisdrijven_1
// with crime-type keys that carry a trailing space ("1.1.1 "), region keys
// right-padded to 10 characters ("GM0034    "), periods "2019MM01",
// "2019KW01", "2019JJ00" mixed in one table, and an empty value for "not
// published" (kept missing, never zero). Streams row by row.
#pragma once

#include <functional>
#include <istream>
#include <optional>
#include <string>

#include "absl/status/statusor.h"

namespace veilig::import {

struct PoliceOpenDataRow {
  // "1.1.1" (the key without padding); "0.0.0" for the total.
  std::string crime_type;
  // "GM0034", "WK003401", "BU00340101", "NL01".
  std::string region;
  // Canonical period: "2019M01", "2019Q1", "2019".
  std::string period;
  std::optional<int64_t> count;
  int line = 0;
};

// `delimiter` is ';' for the portal's CSV and ',' for other exports.
absl::Status ReadPoliceOpenData(
    std::istream& in, char delimiter,
    const std::function<absl::Status(const PoliceOpenDataRow&)>& on_row);

// One row from its four fields as the table writes them (padded keys; an
// empty or "." value is missing). INVALID_ARGUMENT naming the field.
absl::StatusOr<PoliceOpenDataRow> MakePoliceOpenDataRow(std::string_view crime_type,
                                                        std::string_view region,
                                                        std::string_view period_key,
                                                        std::string_view value);

// "2019MM01" -> "2019M01", "2019KW03" -> "2019Q3", "2019JJ00" -> "2019";
// nothing for other keys.
std::optional<std::string> CanonicalOpenDataPeriod(std::string_view key);

}  // namespace veilig::import
