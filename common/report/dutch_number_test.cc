#include "common/report/dutch_number.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <limits>

namespace veilig::report {
namespace {

TEST(DutchNumberTest, CountsUseAThousandsDot) {
  EXPECT_EQ(FormatCount(0), "0");
  EXPECT_EQ(FormatCount(999), "999");
  EXPECT_EQ(FormatCount(1043), "1.043");
  EXPECT_EQ(FormatCount(800027), "800.027");
  EXPECT_EQ(FormatCount(1234567), "1.234.567");
  EXPECT_EQ(FormatCount(-2000), "\u22122.000");
  EXPECT_EQ(FormatCount(std::numeric_limits<int64_t>::min()), "\u22129.223.372.036.854.775.808");
}

TEST(DutchNumberTest, DecimalsUseADecimalComma) {
  EXPECT_EQ(FormatDecimal(6.2547, 1), "6,3");
  EXPECT_EQ(FormatDecimal(4.31, 1), "4,3");
  EXPECT_EQ(FormatDecimal(1234.56, 1), "1.234,6");
  EXPECT_EQ(FormatDecimal(0.05, 1), "0,1");
  EXPECT_EQ(FormatDecimal(2.0, 2), "2,00");
  EXPECT_EQ(FormatDecimal(-0.04, 1), "0,0");
  EXPECT_EQ(FormatDecimal(-1.25, 1), "\u22121,3");
}

TEST(DutchNumberTest, RatesHaveTwoDecimalsBelowOne) {
  EXPECT_EQ(FormatRate(0.2144), "0,21");
  EXPECT_EQ(FormatRate(0.036), "0,04");
  EXPECT_EQ(FormatRate(6.25), "6,3");
  EXPECT_EQ(FormatRate(24.3), "24,3");
}

TEST(DutchNumberTest, PercentChangesAreSignedWholeNumbers) {
  EXPECT_EQ(FormatPercentChange(-31.3), "\u221231%");
  EXPECT_EQ(FormatPercentChange(25.0), "+25%");
  EXPECT_EQ(FormatPercentChange(0.4), "0%");
  EXPECT_EQ(FormatPercentChange(-0.4), "0%");
  EXPECT_EQ(FormatPercentChange(1250), "+1.250%");
}

}  // namespace
}  // namespace veilig::report

namespace veilig::report {
namespace {

// Found by fuzzing (tests/fuzz/regressions/dutch_number): values beyond any
// integer type overflowed the conversion.
TEST(DutchNumberTest, NumbersBeyondEveryIntegerTypeStillPrint) {
  const std::string huge = FormatDecimal(1e300, 1);
  EXPECT_EQ(huge.substr(0, 6), "1.000.");
  EXPECT_EQ(huge.substr(huge.size() - 2), ",0");
  EXPECT_EQ(FormatRate(-3e19), "\u22123" + std::string("0.000.000.000.000.000.000,0"));
  EXPECT_EQ(FormatPercentChange(1e20), "+100.000.000.000.000.000.000%");
  EXPECT_EQ(FormatDecimal(9007199254740993.0, 0), "9.007.199.254.740.992");
}

}  // namespace
}  // namespace veilig::report
