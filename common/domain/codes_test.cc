#include "common/domain/codes.h"

#include <gtest/gtest.h>

namespace veilig {
namespace {

TEST(CodesTest, IndicatorIds) {
  EXPECT_TRUE(IsIndicatorId("woninginbraak"));
  EXPECT_TRUE(IsIndicatorId("high_impact_crimes"));
  EXPECT_TRUE(IsIndicatorId("x1"));
  EXPECT_FALSE(IsIndicatorId(""));
  EXPECT_FALSE(IsIndicatorId("Woninginbraak"));
  EXPECT_FALSE(IsIndicatorId("1abc"));
  EXPECT_FALSE(IsIndicatorId("a-b"));
  EXPECT_FALSE(IsIndicatorId("a b"));
  EXPECT_FALSE(IsIndicatorId(std::string(65, 'a')));
}

TEST(CodesTest, AreaCodes) {
  EXPECT_TRUE(IsAreaCode("GM0034"));
  EXPECT_TRUE(IsAreaCode("WK003401"));
  EXPECT_TRUE(IsAreaCode("BU00340101"));
  EXPECT_TRUE(IsAreaCode("RE_MIDDEN_NEDERLAND"));
  EXPECT_TRUE(IsAreaCode("G_100K"));
  EXPECT_FALSE(IsAreaCode(""));
  EXPECT_FALSE(IsAreaCode("gm0034"));
  EXPECT_FALSE(IsAreaCode("GM0034 "));
  EXPECT_FALSE(IsAreaCode("RE-MIDDEN"));
  EXPECT_FALSE(IsAreaCode("'; DROP TABLE areas; --"));
}

TEST(CodesTest, MunicipalityCodes) {
  EXPECT_TRUE(IsMunicipalityCode("GM0034"));
  EXPECT_FALSE(IsMunicipalityCode("GM034"));
  EXPECT_FALSE(IsMunicipalityCode("GM00340"));
  EXPECT_FALSE(IsMunicipalityCode("WK003401"));
  EXPECT_FALSE(IsMunicipalityCode("G_100K"));
}

// The wijk and buurt parts of a CBS code may hold capital letters.
TEST(CodesTest, DistrictAndNeighbourhoodCodes) {
  EXPECT_TRUE(IsDistrictCode("WK003401"));
  EXPECT_TRUE(IsDistrictCode("WK0363AD"));
  EXPECT_FALSE(IsDistrictCode("WK03634"));
  EXPECT_FALSE(IsDistrictCode("WK0363ad"));
  EXPECT_FALSE(IsDistrictCode("WKA36301"));
  EXPECT_FALSE(IsDistrictCode("BU00340101"));
  EXPECT_TRUE(IsNeighbourhoodCode("BU00340101"));
  EXPECT_TRUE(IsNeighbourhoodCode("BU0363AD03"));
  EXPECT_FALSE(IsNeighbourhoodCode("BU003401"));
  EXPECT_FALSE(IsNeighbourhoodCode("BU0034010_"));
  EXPECT_EQ(MunicipalityOfAreaCode("WK0363AD"), "GM0363");
  EXPECT_EQ(MunicipalityOfAreaCode("BU00340101"), "GM0034");
  EXPECT_EQ(MunicipalityOfAreaCode("GM0034"), "");
  EXPECT_EQ(ParentAreaCode("BU0363AD01"), "WK0363AD");
  EXPECT_EQ(ParentAreaCode("WK003401"), "GM0034");
  EXPECT_EQ(ParentAreaCode("GM0034"), "");
  EXPECT_EQ(MunicipalityOfAreaCode("RE_MIDDEN_NEDERLAND"), "");
  EXPECT_TRUE(IsAreaCode("WK0363AD"));
  EXPECT_TRUE(IsAreaCode("BU0363AD03"));
}

TEST(CodesTest, IsoDates) {
  EXPECT_TRUE(IsIsoDate("2018-07-01"));
  EXPECT_TRUE(IsIsoDate("2020-02-29"));
  EXPECT_FALSE(IsIsoDate("2019-02-29"));
  EXPECT_FALSE(IsIsoDate("2019-13-01"));
  EXPECT_FALSE(IsIsoDate("2019-04-31"));
  EXPECT_FALSE(IsIsoDate("01-07-2018"));
  EXPECT_FALSE(IsIsoDate("2018-7-1"));
}

}  // namespace
}  // namespace veilig
