// The buurt level of the synthetic set: every municipality divided into
// wijken and buurten that tile it, readable as CBS boundary files, with
// denominators that add up and a police table for every buurt and month.
#include "tools/synthetic-data/synthetic_areas.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>
#include <map>
#include <sstream>

#include "common/domain/codes.h"
#include "common/geo/boundary_file.h"
#include "common/geo/geometry.h"
#include "common/import/police_open_data.h"

namespace veilig::synthetic {
namespace {

std::string Read(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST(SyntheticAreasTest, WijkenAndBuurtenTileEachMunicipalityAndTheirFiguresAddUp) {
  const auto directory = std::filesystem::temp_directory_path() /
                         ("veilig-synthetic-areas-" + std::to_string(getpid()));
  DatasetOptions options;
  options.municipalities = 4;
  options.police_units = 2;
  options.first_year = 2020;
  options.last_year = 2021;
  AreaLevelOptions areas;
  areas.wijken = 12;
  areas.buurten = 40;
  areas.years = 1;
  auto size = WriteAreaLevel(directory, options, areas);
  ASSERT_TRUE(size.ok()) << size.status();
  EXPECT_NEAR(static_cast<double>(size->buurten), 40, 6);
  EXPECT_GE(size->wijken, 4);

  int64_t wijken = 0, buurten = 0;
  for (int i = 1; i <= 4; ++i) {
    const std::string code = MunicipalityCode(i);
    const auto own = directory / "buurten" / code;
    auto wijk_features = geo::ReadBoundaryFile(Read(own / ("wijken_" + code + ".geojson")));
    ASSERT_TRUE(wijk_features.ok()) << wijk_features.status();
    auto buurt_features = geo::ReadBoundaryFile(Read(own / ("buurten_" + code + ".geojson")));
    ASSERT_TRUE(buurt_features.ok()) << buurt_features.status();
    double wijk_area = 0, buurt_area = 0;
    for (const auto& f : *wijk_features) {
      EXPECT_TRUE(IsDistrictCode(f.code)) << f.code;
      EXPECT_EQ(f.municipality, code);
      EXPECT_EQ(f.year, 2021);
      wijk_area += geo::PlanarArea(f.shape);
      ++wijken;
    }
    for (const auto& f : *buurt_features) {
      EXPECT_EQ(MunicipalityOfAreaCode(f.code), code) << f.code;
      buurt_area += geo::PlanarArea(f.shape);
      ++buurten;
    }
    // The buurten cover their municipality's wijken exactly.
    EXPECT_NEAR(buurt_area, wijk_area, 1e-6 * wijk_area) << code;
    // A wijk's inhabitants are its buurten's.
    std::map<std::string, int64_t> wijk_people, summed;
    std::istringstream denominators(Read(own / "denominators.csv"));
    std::string line;
    std::getline(denominators, line);
    while (std::getline(denominators, line)) {
      const std::string area = line.substr(0, line.find(','));
      const std::string rest = line.substr(line.find(',') + 1);
      const std::string period = rest.substr(0, rest.find(','));
      const int64_t people = std::stoll(rest.substr(rest.find(',') + 1));
      if (IsDistrictCode(area)) wijk_people[area + period] = people;
      if (IsNeighbourhoodCode(area)) summed["WK" + area.substr(2, 6) + period] += people;
    }
    EXPECT_EQ(wijk_people, summed) << code;
  }
  EXPECT_EQ(wijken, size->wijken);
  EXPECT_EQ(buurten, size->buurten);

  // Eight crime types (the total among them) x every buurt x 12 months.
  std::ifstream table(directory / "buurten" / "politie_buurten.csv");
  std::map<std::string, int64_t> total, parts;
  int64_t rows = 0;
  auto read = import::ReadPoliceOpenData(table, ';', [&](const import::PoliceOpenDataRow& row) {
    ++rows;
    const std::string key = row.region + row.period;
    if (row.crime_type == "0.0.0") {
      total[key] += *row.count;
    } else if (row.crime_type != "2.1.1") {
      parts[key] += *row.count;
    }
    return absl::OkStatus();
  });
  ASSERT_TRUE(read.ok()) << read;
  EXPECT_EQ(rows, size->buurten * 8 * 12);
  EXPECT_EQ(rows, size->open_data_rows);
  for (const auto& [key, sum] : parts) EXPECT_GE(total[key], sum) << key;
  std::filesystem::remove_all(directory);
}

}  // namespace
}  // namespace veilig::synthetic
