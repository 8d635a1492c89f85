// The synthetic data set one level down: every municipality divided into
// invented wijken and buurten (rectangles on a grid in RD New, so that maps
// draw and outlines validate), their denominators, and the police's
// buurt-level table for the crime types the worked example's indicators
// count. Every figure and shape is invented; the same options give the same
// bytes.
#pragma once

#include <cstdint>
#include <filesystem>

#include "absl/status/statusor.h"
#include "tools/synthetic-data/synthetic_dataset.h"

namespace veilig::synthetic {

struct AreaLevelOptions {
  // About this many in the whole country (the Netherlands has some 3,400
  // wijken and 14,500 buurten); each municipality gets at least one of each.
  int wijken = 3400;
  int buurten = 14500;
  // Monthly figures for the last this many years of the data set.
  int years = 10;
};

struct AreaLevelSize {
  int64_t wijken = 0;
  int64_t buurten = 0;
  int64_t denominators = 0;
  int64_t open_data_rows = 0;
};

// Writes `directory`/buurten/: for every municipality GMnnnn/ with its
// wijken and buurten as CBS-shaped GeoJSON (RD New) and their half-yearly
// denominators.csv, each directory imported on its own (`veiligctl import`);
// and politie_buurten.csv, the monthly figures of every buurt, to stream
// after them.
absl::StatusOr<AreaLevelSize> WriteAreaLevel(const std::filesystem::path& directory,
                                             const DatasetOptions& options,
                                             const AreaLevelOptions& areas);

}  // namespace veilig::synthetic
