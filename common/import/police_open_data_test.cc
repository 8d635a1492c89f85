#include "common/import/police_open_data.h"

#include <gtest/gtest.h>

#include <sstream>
#include <vector>

#include "common/import/police_open_data_json.h"

namespace veilig::import {
namespace {

TEST(PoliceOpenDataTest, PaddedKeysAndMixedMonthAndYearRows) {
  std::istringstream in(
      "ID;SoortMisdrijf;RegioS;Perioden;GeregistreerdeMisdrijven_1\n"
      "1;\"1.1.1 \";\"GM0034    \";\"2019MM01\";\"61\"\n"
      "2;\"1.1.1 \";\"GM0034    \";\"2019MM02\";\"\"\n"
      "3;\"1.1.1 \";\"GM0034    \";\"2019JJ00\";\"712\"\n"
      "4;\"0.0.0 \";\"NL01      \";\"2019KW03\";\"200315\"\n");
  std::vector<PoliceOpenDataRow> rows;
  auto status = ReadPoliceOpenData(in, ';', [&rows](const PoliceOpenDataRow& row) {
    rows.push_back(row);
    return absl::OkStatus();
  });
  ASSERT_TRUE(status.ok()) << status;
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(rows[0].crime_type, "1.1.1");
  EXPECT_EQ(rows[0].region, "GM0034");
  EXPECT_EQ(rows[0].period, "2019M01");
  EXPECT_EQ(rows[0].count, 61);
  EXPECT_FALSE(rows[1].count.has_value());  // not published: missing, not zero
  EXPECT_EQ(rows[2].period, "2019");
  EXPECT_EQ(rows[3].region, "NL01");
  EXPECT_EQ(rows[3].period, "2019Q3");
  EXPECT_EQ(rows[3].line, 5);
}

TEST(PoliceOpenDataTest, NeighbourhoodTablesAndCommaSeparatedExports) {
  std::istringstream in(
      "ID,SoortMisdrijf,WijkenEnBuurten,Perioden,GeregistreerdeMisdrijven_1\n"
      "1,1.2.3 ,BU00340101,2020MM12,4\n");
  std::vector<PoliceOpenDataRow> rows;
  ASSERT_TRUE(ReadPoliceOpenData(in, ',', [&rows](const PoliceOpenDataRow& row) {
                rows.push_back(row);
                return absl::OkStatus();
              }).ok());
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].region, "BU00340101");
  EXPECT_EQ(rows[0].period, "2020M12");
}

TEST(PoliceOpenDataTest, BadKeysAndValuesNameTheLine) {
  std::istringstream bad_period(
      "ID;SoortMisdrijf;RegioS;Perioden;GeregistreerdeMisdrijven_1\n1;1.1.1 ;GM0034;2019XX01;1\n");
  auto status = ReadPoliceOpenData(bad_period, ';', [](const auto&) { return absl::OkStatus(); });
  EXPECT_EQ(status.message(), "line 2: Perioden: '2019XX01' is not a period key");
  std::istringstream bad_count(
      "ID;SoortMisdrijf;RegioS;Perioden;GeregistreerdeMisdrijven_1\n1;1.1.1 ;GM0034;2019MM13;1\n"
      "2;1.1.1 ;GM0034;2019MM01;-3\n");
  status = ReadPoliceOpenData(bad_count, ';', [](const auto&) { return absl::OkStatus(); });
  EXPECT_EQ(status.message(), "line 2: Perioden: '2019MM13' is not a period key");
  std::istringstream no_region("ID;SoortMisdrijf;Perioden;GeregistreerdeMisdrijven_1\n");
  EXPECT_FALSE(
      ReadPoliceOpenData(no_region, ';', [](const auto&) { return absl::OkStatus(); }).ok());
  EXPECT_EQ(CanonicalOpenDataPeriod("2019JJ00"), "2019");
  EXPECT_FALSE(CanonicalOpenDataPeriod("2019JJ01").has_value());
}

std::vector<PoliceOpenDataRow> ReadJson(const std::string& text, absl::Status* status) {
  std::istringstream in(text);
  std::vector<PoliceOpenDataRow> rows;
  *status = ReadPoliceOpenDataJson(in, [&rows](const PoliceOpenDataRow& row) {
    rows.push_back(row);
    return absl::OkStatus();
  });
  return rows;
}

TEST(PoliceOpenDataJsonTest, TheODataAnswerWithPaddedKeysNullsAndMixedPeriods) {
  absl::Status status;
  const auto rows = ReadJson(R"({"odata.metadata": "https://example/$metadata#Cbs.TypedDataSet",
    "value": [
      {"ID": 0, "SoortMisdrijf": "1.1.1 ", "RegioS": "GM0034    ", "Perioden": "2019MM01",
       "GeregistreerdeMisdrijven_1": 61},
      {"ID": 1, "SoortMisdrijf": "1.1.1 ", "RegioS": "GM0034    ", "Perioden": "2019MM02",
       "GeregistreerdeMisdrijven_1": null},
      {"ID": 2, "SoortMisdrijf": "0.0.0 ", "RegioS": "NL01      ", "Perioden": "2019JJ00",
       "GeregistreerdeMisdrijven_1": 802117}
    ],
    "odata.nextLink": "https://example/TypedDataSet?$skip=10000"})",
                             &status);
  ASSERT_TRUE(status.ok()) << status;
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].crime_type, "1.1.1");
  EXPECT_EQ(rows[0].region, "GM0034");
  EXPECT_EQ(rows[0].period, "2019M01");
  EXPECT_EQ(rows[0].count, 61);
  EXPECT_FALSE(rows[1].count.has_value());  // null: not published, never zero
  EXPECT_EQ(rows[2].period, "2019");
  EXPECT_EQ(rows[2].count, 802117);
  EXPECT_EQ(rows[2].line, 3);
}

TEST(PoliceOpenDataJsonTest, ABareArrayOfNeighbourhoodRows) {
  absl::Status status;
  const auto rows = ReadJson(
      R"([{"SoortMisdrijf": "1.2.3 ", "WijkenEnBuurten": "BU00340101", "Perioden": "2020KW04",
           "GeregistreerdeMisdrijven_1": 4}])",
      &status);
  ASSERT_TRUE(status.ok()) << status;
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].region, "BU00340101");
  EXPECT_EQ(rows[0].period, "2020Q4");
}

TEST(PoliceOpenDataJsonTest, BadRowsAndBrokenJsonAreNamed) {
  absl::Status status;
  ReadJson(R"({"value": [{"SoortMisdrijf": "1.1.1 ", "RegioS": "GM0034", "Perioden": "2019MM01",
    "GeregistreerdeMisdrijven_1": 1}, {"SoortMisdrijf": "1.1.1 ", "RegioS": "GM0034",
    "Perioden": "2019XX01", "GeregistreerdeMisdrijven_1": 1}]})",
           &status);
  EXPECT_EQ(status.message(), "row 2: Perioden: '2019XX01' is not a period key");
  ReadJson(R"({"value": [{"SoortMisdrijf": "1.1.1 ", "RegioS": "GM0034", "Perioden": "2019MM01",
    "GeregistreerdeMisdrijven_1": -4}]})",
           &status);
  EXPECT_EQ(status.message(), "row 1: GeregistreerdeMisdrijven_1: '-4' is not a count");
  ReadJson(R"({"value": [{"SoortMisdrijf": "1.1.1 ", )", &status);
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(status.message().find("not valid JSON"), std::string::npos) << status.message();
}

}  // namespace
}  // namespace veilig::import
