// A national-scale synthetic data set for load and scale tests: municipalities
// with police units and the country as comparison groups, half-yearly
// denominators, and a police open-data table in the typed long format
// (every crime type x municipality x month, plus year rows). Every figure is
// invented and drawn from a seeded generator: the same options give the same
// bytes. Nothing in it describes a real place.
#pragma once

#include <cstdint>
#include <filesystem>
#include <ostream>

#include "absl/status/statusor.h"

namespace veilig::synthetic {

struct DatasetOptions {
  uint64_t seed = 20191;
  int municipalities = 342;
  int police_units = 10;
  int first_year = 2012;
  int last_year = 2022;
  // Share of figures left empty ("not published").
  double unpublished_share = 0.005;
};

struct DatasetSize {
  int64_t areas = 0;
  int64_t denominators = 0;
  int64_t open_data_rows = 0;
  // registers/GMnnnn/: one directory of a municipality's own records each.
  int64_t register_directories = 0;
};

// Writes areas.csv, denominators.csv and politie_open_data.csv into
// `directory`, and for every municipality registers/GMnnnn/ with records it
// keeps itself (registers, incidents, an administrative measure, case
// counts), each file with a `municipality` column: `veiligctl import` of such
// a directory imports them for that municipality only.
absl::StatusOr<DatasetSize> WriteDataset(const std::filesystem::path& directory,
                                         const DatasetOptions& options);

// The open-data table alone, for tests that stream it.
DatasetSize WriteOpenDataTable(std::ostream& out, const DatasetOptions& options);

// "GM0001" .. : the synthetic municipality codes.
std::string MunicipalityCode(int index);

}  // namespace veilig::synthetic
