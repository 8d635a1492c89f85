// Reads a StatLine table export as people download it from the police/CBS
// open-data portal: a header block (title, "Soort misdrijf: ...", the
// subject, the periods as columns, the unit), then one quoted,
// semicolon-separated row per region by name, and a source line. "." means
// "not available" and stays missing, never zero. Streams row by row.
#pragma once

#include <functional>
#include <istream>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/status.h"

namespace veilig::import {

struct StatLineHeader {
  std::string title;
  // From "Soort misdrijf: Totaal misdrijven": "Totaal misdrijven".
  std::string crime_type;
  // Canonical periods of the value columns, e.g. "2022", "2019H1", "2019Q3", "2019M07".
  std::vector<std::string> periods;
  // From the closing "Bron: ..." line, when present (known only at the end).
  std::string source;
};

struct StatLineRow {
  // The region as named in the export: "Almere", "Midden-Nederland (RE)".
  std::string region;
  // One value per period; nothing where the export says ".".
  std::vector<std::optional<int64_t>> values;
  int line = 0;
};

// Calls `on_header` once, then `on_row` for each region; fills `header.source`
// from the footer. Errors name the line.
absl::Status ReadStatLine(std::istream& in, StatLineHeader& header,
                          const std::function<absl::Status(const StatLineRow&)>& on_row);

// "2022" -> "2022", "2022 1e halfjaar" -> "2022H1", "2022 2e kwartaal" ->
// "2022Q2", "2022 juli" -> "2022M07"; nothing for labels it does not know.
std::optional<std::string> CanonicalStatLinePeriod(const std::string& label);

}  // namespace veilig::import
