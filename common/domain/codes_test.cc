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
