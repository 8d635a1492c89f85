#include "common/import/statline.h"

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <sstream>

#include "common/import/statline_mapping.h"

namespace veilig::import {
namespace {

TEST(StatLineTest, TheRealExportReadsWithExactTotals) {
  std::ifstream in(VEILIG_CBS_EXPORT);
  ASSERT_TRUE(in) << VEILIG_CBS_EXPORT;
  StatLineHeader header;
  std::map<std::string, StatLineRow> rows;
  auto status = ReadStatLine(in, header, [&rows](const StatLineRow& row) {
    rows[row.region] = row;
    return absl::OkStatus();
  });
  ASSERT_TRUE(status.ok()) << status;
  EXPECT_EQ(header.crime_type, "Totaal misdrijven");
  EXPECT_EQ(header.periods, (std::vector<std::string>{"2022", "2023"}));
  EXPECT_EQ(header.source, "Politie");
  EXPECT_EQ(rows.at("Nederland").values[0], 800027);
  EXPECT_EQ(rows.at("Nederland").values[1], 805590);
  EXPECT_EQ(rows.at("Almere").values[0], 8955);
  EXPECT_EQ(rows.at("Almere").values[1], 9233);
  EXPECT_EQ(rows.at("Midden-Nederland (RE)").values[0], 84800);
  EXPECT_EQ(rows.at("Midden-Nederland (RE)").values[1], 87518);
  // "." is not available, never zero.
  EXPECT_FALSE(rows.at("Buitenland").values[0].has_value());
  // 363 lines: six of header block, one source line, and a row per region.
  EXPECT_EQ(rows.size(), 363u - 6u - 1u);
}

TEST(StatLineTest, PeriodLabels) {
  EXPECT_EQ(CanonicalStatLinePeriod("2022"), "2022");
  EXPECT_EQ(CanonicalStatLinePeriod("2019 1e halfjaar"), "2019H1");
  EXPECT_EQ(CanonicalStatLinePeriod("2019 3e kwartaal"), "2019Q3");
  EXPECT_EQ(CanonicalStatLinePeriod("2019 juli"), "2019M07");
  EXPECT_FALSE(CanonicalStatLinePeriod("2019*").has_value());
  EXPECT_FALSE(CanonicalStatLinePeriod("juli").has_value());
}

TEST(StatLineTest, BadCellsAndShapesNameTheLine) {
  std::istringstream bad_count(
      "\"T\"\n\"Perioden\";\"2022\"\n\"Regio's\";\"aantal\"\n\"Almere\";\"veel\"\n");
  StatLineHeader header;
  auto status =
      ReadStatLine(bad_count, header, [](const StatLineRow&) { return absl::OkStatus(); });
  EXPECT_EQ(status.message(), "line 4: 'veel' is not a count");
  std::istringstream no_periods("\"T\"\n\"Almere\";\"1\"\n");
  StatLineHeader other;
  EXPECT_FALSE(
      ReadStatLine(no_periods, other, [](const StatLineRow&) { return absl::OkStatus(); }).ok());
}

}  // namespace
}  // namespace veilig::import

namespace veilig::import {
namespace {

TEST(StatLineMappingTest, RegionsMatchByExactNameAndMissingCellsStayMissing) {
  StatLineHeader header;
  header.periods = {"2022", "2023"};
  header.source = "Politie";
  const std::vector<StatLineRow> rows = {
      {"Almere", {8955, 9233}, 16},
      {"Midden-Nederland (RE)", {84800, 87518}, 354},
      {"Buitenland", {std::nullopt, std::nullopt}, 350},
      {"almere", {1, 2}, 17}};  // not guessed: names match exactly
  const auto mapped = MapStatLine(header, rows,
                                  {{"Almere", "GM0034"},
                                   {"Midden-Nederland (RE)", "RE_MIDDEN_NEDERLAND"},
                                   {"Buitenland", "BUITENLAND"}},
                                  "totaal_misdrijven");
  ASSERT_EQ(mapped.observations.size(), 4u);
  EXPECT_EQ(mapped.observations[0].area(), "GM0034");
  EXPECT_EQ(mapped.observations[0].period(), "2022");
  EXPECT_EQ(mapped.observations[0].count(), 8955);
  EXPECT_EQ(mapped.observations[3].count(), 87518);
  EXPECT_EQ(mapped.observations[0].note(), "Bron: Politie");
  EXPECT_EQ(mapped.missing_values, 2);
  EXPECT_EQ(mapped.unmatched_regions, std::vector<std::string>{"almere"});
}

TEST(StatLineMappingTest, CrimeTypesToPoliceCodes) {
  EXPECT_EQ(PoliceCodeOf("Totaal misdrijven"), "0.0.0");
  EXPECT_EQ(PoliceCodeOf("1.1.1 Diefstal/inbraak woning"), "1.1.1");
  EXPECT_FALSE(PoliceCodeOf("Diefstal").has_value());
}

}  // namespace
}  // namespace veilig::import
