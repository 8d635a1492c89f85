#include "common/import/statline_mapping.h"

#include <regex>

namespace veilig::import {

StatLineObservations MapStatLine(const StatLineHeader& header, const std::vector<StatLineRow>& rows,
                                 const std::map<std::string, std::string>& area_by_name,
                                 const std::string& indicator) {
  StatLineObservations result;
  for (const auto& row : rows) {
    auto area = area_by_name.find(row.region);
    if (area == area_by_name.end()) {
      result.unmatched_regions.push_back(row.region);
      continue;
    }
    for (size_t i = 0; i < row.values.size() && i < header.periods.size(); ++i) {
      if (!row.values[i].has_value()) {
        ++result.missing_values;
        continue;
      }
      common::v1::Observation& o = result.observations.emplace_back();
      o.set_indicator(indicator);
      o.set_area(area->second);
      o.set_period(header.periods[i]);
      o.set_count(*row.values[i]);
      if (!header.source.empty()) o.set_note("Bron: " + header.source);
    }
  }
  return result;
}

std::optional<std::string> PoliceCodeOf(const std::string& crime_type) {
  if (crime_type == "Totaal misdrijven") return "0.0.0";
  static const std::regex kCode(R"(^(\d+(?:\.\d+)+)\s.*)");
  std::smatch match;
  if (std::regex_match(crime_type, match, kCode)) return match[1].str();
  return std::nullopt;
}

}  // namespace veilig::import
