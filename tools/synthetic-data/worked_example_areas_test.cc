// The committed figures below Almere's municipality are what the generator
// draws, add up to the municipality's, and carry the planted rise.
#include "tools/synthetic-data/worked_example_areas.h"

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <sstream>

#include "absl/strings/numbers.h"
#include "absl/strings/str_split.h"

namespace veilig::synthetic {
namespace {

const std::filesystem::path kExample = VEILIG_DATA_DIR;

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

WorkedExampleAreas Draw() {
  auto areas = DrawWorkedExampleAreas(
      {.example_directory = kExample,
       .buurten_file = std::filesystem::path(VEILIG_CBS_DIR) / "buurten_GM0034_2019.geojson"});
  EXPECT_TRUE(areas.ok()) << areas.status();
  return areas.ok() ? *areas : WorkedExampleAreas{};
}

TEST(WorkedExampleAreasTest, CommittedFilesAreTheGeneratorsOutput) {
  const WorkedExampleAreas areas = Draw();
  EXPECT_EQ(ReadFile(kExample / kWorkedExampleAreasTable), areas.open_data_table)
      << "regenerate with veilig-synthetic-data --worked-example-buurten (data README)";
  auto merged = MergeDenominators(kExample / "denominators.csv", areas.denominators);
  ASSERT_TRUE(merged.ok()) << merged.status();
  EXPECT_EQ(ReadFile(kExample / "denominators.csv"), *merged);
}

TEST(WorkedExampleAreasTest, BuurtenSumToTheMunicipalitysHalfYears) {
  const WorkedExampleAreas areas = Draw();
  std::map<std::pair<std::string, std::string>, int64_t> city;
  std::istringstream observations(ReadFile(kExample / "observations.csv"));
  std::string line;
  while (std::getline(observations, line)) {
    std::vector<std::string> f = absl::StrSplit(line, ',');
    int64_t count = 0;
    if (f.size() > 3 && f[1] == "GM0034" && absl::SimpleAtoi(f[3], &count))
      city[{f[0], f[2]}] = count;
  }
  int checked = 0;
  for (const auto& [indicator, by_half] : areas.half_year_counts) {
    for (const auto& [half, by_buurt] : by_half) {
      int64_t sum = 0;
      for (const auto& [buurt, count] : by_buurt) sum += count;
      ASSERT_TRUE(city.contains({indicator, half})) << indicator << " " << half;
      EXPECT_EQ(sum, city.at({indicator, half})) << indicator << " " << half;
      ++checked;
    }
  }
  // Eight indicators with a police code, five half years each.
  EXPECT_EQ(checked, 8 * 5);
}

TEST(WorkedExampleAreasTest, WijkDenominatorsSumTheirBuurten) {
  const WorkedExampleAreas areas = Draw();
  std::map<std::string, int64_t> wijk, summed;
  for (const auto& d : areas.denominators) {
    if (d.area.starts_with("WK")) wijk[d.area + d.period] = d.inhabitants;
    if (d.area.starts_with("BU")) summed["WK" + d.area.substr(2, 6) + d.period] += d.inhabitants;
  }
  EXPECT_EQ(wijk.size(), 6u * 5);
  EXPECT_EQ(wijk, summed);
}

TEST(WorkedExampleAreasTest, BurglaryRisesInAlmereBuitenInSpring2019) {
  const WorkedExampleAreas areas = Draw();
  // Almere Buiten's share of the city's burglaries in March-May, 2019 vs 2018.
  std::map<int, int64_t> buiten, all;
  std::istringstream table(areas.open_data_table);
  std::string line;
  while (std::getline(table, line)) {
    std::vector<std::string> f = absl::StrSplit(line, ';');
    if (f.size() != 5 || f[1] != "\"1.1.1 \"" || !f[2].starts_with("\"BU")) continue;
    const std::string period = f[3].substr(1, 8);  // 2019MM03
    const int year = std::stoi(period.substr(0, 4)), month = std::stoi(period.substr(6, 2));
    if (month < kPlantedRiseFirstMonth || month > kPlantedRiseLastMonth) continue;
    int64_t count = 0;
    ASSERT_TRUE(absl::SimpleAtoi(f[4], &count)) << line;
    all[year] += count;
    if (f[2].substr(1, 8) >= "BU003403" && f[2].substr(1, 8) < "BU003404") buiten[year] += count;
  }
  const double share_2018 = static_cast<double>(buiten[2018]) / static_cast<double>(all[2018]);
  const double share_2019 = static_cast<double>(buiten[2019]) / static_cast<double>(all[2019]);
  // Three times the weight: a share s becomes 3s / (1 + 2s), 1.77 times
  // Buiten's 35%; the margin is for the draws.
  EXPECT_GT(share_2019, 1.4 * share_2018) << share_2018 << " -> " << share_2019;
}

}  // namespace
}  // namespace veilig::synthetic
