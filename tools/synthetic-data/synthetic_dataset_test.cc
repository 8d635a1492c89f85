#include "tools/synthetic-data/synthetic_dataset.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <map>
#include <sstream>

#include "common/domain/strings.h"
#include "common/import/directory_owner.h"
#include "common/import/police_open_data.h"

namespace veilig::synthetic {
namespace {

DatasetOptions Small() {
  DatasetOptions options;
  options.municipalities = 3;
  options.police_units = 2;
  options.first_year = 2020;
  options.last_year = 2021;
  return options;
}

TEST(SyntheticDatasetTest, SameSeedSameBytesOtherSeedOtherFigures) {
  std::ostringstream a, b, c;
  WriteOpenDataTable(a, Small());
  WriteOpenDataTable(b, Small());
  auto other = Small();
  other.seed += 1;
  WriteOpenDataTable(c, other);
  EXPECT_EQ(a.str(), b.str());
  EXPECT_NE(a.str(), c.str());
}

TEST(SyntheticDatasetTest, ReadsBackAsAnOpenDataTableWithConsistentTotals) {
  auto options = Small();
  options.unpublished_share = 0;
  std::stringstream table;
  const DatasetSize size = WriteOpenDataTable(table, options);
  // 3 municipalities x (40 crime types + the total) x 2 years x (12 months + the year).
  EXPECT_EQ(size.open_data_rows, 3 * 41 * 2 * 13);
  std::map<std::tuple<std::string, std::string, std::string>, int64_t> counts;
  int64_t rows = 0;
  ASSERT_TRUE(import::ReadPoliceOpenData(table, ';', [&](const import::PoliceOpenDataRow& row) {
                ++rows;
                EXPECT_TRUE(row.count.has_value()) << row.line;
                counts[{row.crime_type, row.region, row.period}] = row.count.value_or(-1);
                return absl::OkStatus();
              }).ok());
  EXPECT_EQ(rows, size.open_data_rows);
  for (const std::string region : {"GM0001", "GM0002", "GM0003"}) {
    int64_t months = 0, all_types = 0;
    for (int month = 1; month <= 12; ++month) {
      months += counts.at({"1.1.1", region, StrCat("2021M", month < 10 ? "0" : "", month)});
    }
    EXPECT_EQ(counts.at({"1.1.1", region, "2021"}), months) << region;
    for (const auto& [key, count] : counts) {
      if (std::get<1>(key) == region && std::get<2>(key) == "2020M03" &&
          std::get<0>(key) != "0.0.0") {
        all_types += count;
      }
    }
    EXPECT_EQ(counts.at({"0.0.0", region, "2020M03"}), all_types) << region;
    EXPECT_GT(all_types, 0) << region;
  }
}

TEST(SyntheticDatasetTest, EveryMunicipalityGetsADirectoryOfItsOwnRecords) {
  const auto directory =
      std::filesystem::temp_directory_path() / ("veilig-synthetic-" + std::to_string(::getpid()));
  auto size = WriteDataset(directory, Small());
  ASSERT_TRUE(size.ok()) << size.status();
  EXPECT_EQ(size->register_directories, 3);
  for (const char* code : {"GM0001", "GM0002", "GM0003"}) {
    const auto own = directory / "registers" / code;
    for (const char* file :
         {"registers.csv", "incidents.csv", "admin_measures.csv", "enforcement_cases.csv"}) {
      EXPECT_TRUE(std::filesystem::exists(own / file)) << own / file;
    }
    // The files say whose they are: importing needs no --municipality.
    auto owner = import::ResolveDirectoryOwner(own, "");
    ASSERT_TRUE(owner.ok()) << owner.status();
    EXPECT_EQ(*owner, code);
  }
  std::filesystem::remove_all(directory);
}

TEST(SyntheticDatasetTest, LeavesTheRequestedShareUnpublished) {
  auto options = Small();
  options.unpublished_share = 0.5;
  std::stringstream table;
  WriteOpenDataTable(table, options);
  int64_t rows = 0, missing = 0;
  ASSERT_TRUE(import::ReadPoliceOpenData(table, ';', [&](const import::PoliceOpenDataRow& row) {
                ++rows;
                if (!row.count) ++missing;
                return absl::OkStatus();
              }).ok());
  EXPECT_GT(missing, rows * 4 / 10);
  EXPECT_LT(missing, rows * 6 / 10);
}

}  // namespace
}  // namespace veilig::synthetic
