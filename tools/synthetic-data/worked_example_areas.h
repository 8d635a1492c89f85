// The worked example's figures below the municipality: invented monthly
// counts per buurt and invented denominators per wijk and buurt for Almere,
// drawn so that they add up exactly to the municipality's half-year figures
// (observations.csv, denominators.csv) and carry one planted rise (burglary
// in Almere Buiten, March to May 2019) for the signals to find. The buurten
// and their parents come from the real 2019 boundary file; every figure is
// invented. Draws use a portable generator, so the same inputs give the same
// bytes on every machine (tests compare the committed files with a rerun).
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "absl/status/statusor.h"

namespace veilig::synthetic {

struct WorkedExampleAreasInput {
  // observations.csv and denominators.csv of the worked example.
  std::filesystem::path example_directory;
  // The CBS buurten file of the same municipality and year.
  std::filesystem::path buurten_file;
  uint64_t seed = 34;
};

struct AreaDenominator {
  std::string area;
  std::string period;
  int64_t inhabitants = 0;
  int64_t dwellings = 0;
  int64_t residents_12_24 = 0;
};

struct WorkedExampleAreas {
  // The police typed long format (47022NED), ';'-separated: one row per
  // crime type x buurt (and the municipality) x month.
  std::string open_data_table;
  // Half-yearly, per wijk and buurt, in area then period order.
  std::vector<AreaDenominator> denominators;
  // indicator -> half year -> buurt -> count; what the table holds, summed.
  std::map<std::string, std::map<std::string, std::map<std::string, int64_t>>> half_year_counts;
};

// The file name of the table in the worked example's directory.
inline constexpr char kWorkedExampleAreasTable[] = "politie_wijken_buurten_verzonnen.csv";

// The wijk of the rise, its indicator and its months.
inline constexpr char kPlantedRiseWijk[] = "WK003403";
inline constexpr char kPlantedRiseIndicator[] = "woninginbraak";
inline constexpr int kPlantedRiseYear = 2019;
inline constexpr int kPlantedRiseFirstMonth = 3;
inline constexpr int kPlantedRiseLastMonth = 5;

absl::StatusOr<WorkedExampleAreas> DrawWorkedExampleAreas(const WorkedExampleAreasInput& input);

// denominators.csv with the municipality's own rows kept and the wijk and
// buurt rows replaced by `areas`, marked `invented`.
absl::StatusOr<std::string> MergeDenominators(const std::filesystem::path& denominators_csv,
                                              const std::vector<AreaDenominator>& areas);

}  // namespace veilig::synthetic
