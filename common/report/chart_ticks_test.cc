#include "common/report/chart_ticks.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "common/report/dutch_number.h"

namespace veilig::report {
namespace {

using ::testing::ElementsAre;

std::vector<std::string> Labels(const AxisTicks& axis) {
  std::vector<std::string> labels;
  for (const auto& tick : axis.ticks) labels.push_back(tick.label);
  return labels;
}

// Reads a label back as a reader would, independently of FormatDecimal:
// thousands dots dropped, decimal comma, U+2212 minus.
double ReadDutch(std::string label) {
  const std::string minus = "\u2212";
  const bool negative = label.starts_with(minus);
  if (negative) label.erase(0, minus.size());
  std::string plain;
  for (char c : label) {
    if (c == '.') continue;
    plain.push_back(c == ',' ? '.' : c);
  }
  const double value = std::stod(plain);
  return negative ? -value : value;
}

bool IsOneTwoFive(double step) {
  const double mantissa = step / std::pow(10.0, std::floor(std::log10(step) + 1e-12));
  for (double m : {1.0, 2.0, 5.0}) {
    if (std::fabs(mantissa - m) < 1e-9) return true;
  }
  return false;
}

// Every property a reader relies on, for one data range.
void ExpectTrustworthy(double min, double max, TickOptions options) {
  SCOPED_TRACE(::testing::Message() << "range [" << min << ", " << max << "]"
                                    << (options.whole_numbers ? " whole numbers" : ""));
  const AxisTicks axis = NiceTicks(min, max, options);
  ASSERT_GE(axis.ticks.size(), 3u);
  EXPECT_LE(axis.ticks.size(), static_cast<size_t>(options.max_ticks));
  EXPECT_TRUE(IsOneTwoFive(axis.step)) << axis.step;
  if (options.whole_numbers) {
    EXPECT_GE(axis.step, 1);
  }
  EXPECT_EQ(axis.decimals,
            std::max(0, -static_cast<int>(std::floor(std::log10(axis.step) + 1e-12))));
  for (size_t i = 1; i < axis.ticks.size(); ++i) {
    EXPECT_NEAR(axis.ticks[i].value - axis.ticks[i - 1].value, axis.step, axis.step * 1e-9);
  }
  // Whole numbers that all lie within 2 of zero get the padded axis 0, 1, 2
  // (or -2, -1, 0): a step below 1 would make fractional counts.
  const bool padded_up = options.whole_numbers && min >= 0 && max > 0 && max <= 2;
  const bool padded_down = options.whole_numbers && max <= 0 && min < 0 && min >= -2;
  if (min >= 0) {
    EXPECT_EQ(axis.Min(), 0);
  } else if (padded_down) {
    EXPECT_EQ(axis.Min(), -2);
  } else {
    EXPECT_LE(axis.Min(), min * (1 - 1e-12));
    EXPECT_GT(axis.Min(), min - axis.step);
  }
  if (max <= 0) {
    EXPECT_EQ(axis.Max(), 0);
  } else if (padded_up) {
    EXPECT_EQ(axis.Max(), 2);
  } else {
    EXPECT_GE(axis.Max(), max * (1 - 1e-12));
    EXPECT_LT(axis.Max(), max + axis.step);
  }
  for (const auto& tick : axis.ticks) {
    EXPECT_EQ(tick.label, tick.value == 0 ? "0" : FormatDecimal(tick.value, axis.decimals));
    // The label is the value at its position, not a rounding of it.
    EXPECT_NEAR(ReadDutch(tick.label), tick.value,
                std::max(std::fabs(tick.value), axis.step) * 1e-12)
        << tick.label;
  }
}

TEST(ChartTicksTest, EveryRangeFromHundredthsToHundredsOfThousandsGetsRoundEvenTicks) {
  const double per_decade[] = {1,   1.01, 1.2,  1.5, 2, 2.01, 2.5, 3, 3.3, 4,
                               4.5, 5,    5.01, 6,   7, 7.5,  8,   9, 9.99};
  for (int exponent = -2; exponent <= 5; ++exponent) {
    for (double base : per_decade) {
      const double max = base * std::pow(10.0, exponent);
      for (bool whole : {false, true}) {
        for (int max_ticks : {5, 6, 8}) {
          const TickOptions options{.max_ticks = max_ticks, .whole_numbers = whole};
          ExpectTrustworthy(0, max, options);
          ExpectTrustworthy(max / 3, max, options);  // positive data still start at 0
          ExpectTrustworthy(max, max, options);
          ExpectTrustworthy(-max, 0, options);
          ExpectTrustworthy(-max / 2, max, options);
        }
      }
    }
  }
}

TEST(ChartTicksTest, RoundMaximaAreTheTopTick) {
  EXPECT_THAT(Labels(NiceTicks(0, 50)), ElementsAre("0", "10", "20", "30", "40", "50"));
  EXPECT_THAT(Labels(NiceTicks(0, 100)), ElementsAre("0", "20", "40", "60", "80", "100"));
  EXPECT_THAT(Labels(NiceTicks(0, 5)), ElementsAre("0", "1", "2", "3", "4", "5"));
}

TEST(ChartTicksTest, NoTickBetweenRoundValues) {
  // The old axis put "3" at 2.5 and "8" at 7.5.
  EXPECT_THAT(Labels(NiceTicks(0, 7.5)), ElementsAre("0", "2", "4", "6", "8"));
  // The old axis read 0/13/25/38/50 for these counts.
  EXPECT_THAT(Labels(NiceTicks(0, 47, {.whole_numbers = true})),
              ElementsAre("0", "10", "20", "30", "40", "50"));
  EXPECT_THAT(Labels(NiceTicks(0, 13)), ElementsAre("0", "5", "10", "15"));
  EXPECT_THAT(Labels(NiceTicks(0, 101)), ElementsAre("0", "50", "100", "150"));
}

TEST(ChartTicksTest, FractionsKeepTheStepsDecimals) {
  EXPECT_THAT(Labels(NiceTicks(0, 0.87)), ElementsAre("0", "0,2", "0,4", "0,6", "0,8", "1,0"));
  EXPECT_THAT(Labels(NiceTicks(0, 2.5)), ElementsAre("0", "0,5", "1,0", "1,5", "2,0", "2,5"));
  EXPECT_THAT(Labels(NiceTicks(0, 0.03)), ElementsAre("0", "0,01", "0,02", "0,03"));
  EXPECT_THAT(Labels(NiceTicks(0.21, 0.27)), ElementsAre("0", "0,1", "0,2", "0,3"));
  const AxisTicks rate = NiceTicks(0, 6.3);
  EXPECT_EQ(rate.step, 2);
  EXPECT_EQ(rate.decimals, 0);
  EXPECT_THAT(Labels(rate), ElementsAre("0", "2", "4", "6", "8"));
}

TEST(ChartTicksTest, ThousandsAreGroupedWithADot) {
  EXPECT_THAT(Labels(NiceTicks(0, 5042)), ElementsAre("0", "2.000", "4.000", "6.000"));
  EXPECT_THAT(Labels(NiceTicks(0, 1234.5)), ElementsAre("0", "500", "1.000", "1.500"));
  EXPECT_THAT(Labels(NiceTicks(0, 87000)),
              ElementsAre("0", "20.000", "40.000", "60.000", "80.000", "100.000"));
}

TEST(ChartTicksTest, CountsNeverGetFractionalTicks) {
  EXPECT_THAT(Labels(NiceTicks(0, 3, {.whole_numbers = true})), ElementsAre("0", "1", "2", "3"));
  EXPECT_THAT(Labels(NiceTicks(0, 2.5, {.whole_numbers = true})), ElementsAre("0", "1", "2", "3"));
  // One event still gets an axis with a sense of scale.
  EXPECT_THAT(Labels(NiceTicks(0, 1, {.whole_numbers = true})), ElementsAre("0", "1", "2"));
  EXPECT_THAT(Labels(NiceTicks(0, 0.4, {.whole_numbers = true})), ElementsAre("0", "1", "2"));
}

TEST(ChartTicksTest, DegenerateRanges) {
  // All zero: an empty but honest axis.
  EXPECT_THAT(Labels(NiceTicks(0, 0)), ElementsAre("0", "0,2", "0,4", "0,6", "0,8", "1,0"));
  EXPECT_THAT(Labels(NiceTicks(0, 0, {.whole_numbers = true})), ElementsAre("0", "1", "2"));
  // One value: still from zero.
  EXPECT_THAT(Labels(NiceTicks(4.3, 4.3)), ElementsAre("0", "1", "2", "3", "4", "5"));
  // Given the wrong way round.
  EXPECT_THAT(Labels(NiceTicks(5, 1)), ElementsAre("0", "1", "2", "3", "4", "5"));
  // Not a number: treated as zero, never a broken axis.
  const double nan = std::numeric_limits<double>::quiet_NaN();
  EXPECT_THAT(Labels(NiceTicks(nan, 50)), ElementsAre("0", "10", "20", "30", "40", "50"));
  EXPECT_THAT(
      Labels(NiceTicks(0, std::numeric_limits<double>::infinity(), {.whole_numbers = true})),
      ElementsAre("0", "1", "2"));
}

TEST(ChartTicksTest, NegativeDataReachZeroFromBelow) {
  EXPECT_THAT(Labels(NiceTicks(-5, -1)),
              ElementsAre("\u22125", "\u22124", "\u22123", "\u22122", "\u22121", "0"));
  EXPECT_THAT(Labels(NiceTicks(-37, 12)), ElementsAre("\u221240", "\u221220", "0", "20"));
}

TEST(ChartTicksTest, TheWishedNumberOfTicksIsAnUpperBound) {
  EXPECT_THAT(Labels(NiceTicks(0, 50, {.max_ticks = 4})), ElementsAre("0", "20", "40", "60"));
  EXPECT_THAT(Labels(NiceTicks(0, 50, {.max_ticks = 10})),
              ElementsAre("0", "10", "20", "30", "40", "50"));
  // Fewer than 3 is not honoured: two ticks give no sense of scale.
  EXPECT_EQ(NiceTicks(0, 50, {.max_ticks = 1}).ticks.size(), 3u);
}

}  // namespace
}  // namespace veilig::report
