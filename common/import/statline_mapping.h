// Turns a StatLine export into observations of one indicator: regions are
// matched by exact name against the area registry (names that match nothing
// are reported, never guessed) and "not available" cells stay missing.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "common/import/statline.h"
#include "veilig/common/v1/observation.pb.h"

namespace veilig::import {

struct StatLineObservations {
  std::vector<common::v1::Observation> observations;
  // Region names the registry does not know, in file order.
  std::vector<std::string> unmatched_regions;
  // Cells that said "." (not available).
  int missing_values = 0;
};

// `area_by_name` maps a registry name ("Almere", "Midden-Nederland (RE)") to
// its code.
StatLineObservations MapStatLine(const StatLineHeader& header, const std::vector<StatLineRow>& rows,
                                 const std::map<std::string, std::string>& area_by_name,
                                 const std::string& indicator);

// The police crime-type code a StatLine crime type stands for: the leading
// code of "1.1.1 Diefstal/inbraak woning", or "0.0.0" for "Totaal misdrijven".
std::optional<std::string> PoliceCodeOf(const std::string& crime_type);

}  // namespace veilig::import
