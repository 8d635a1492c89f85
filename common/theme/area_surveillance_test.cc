// Signals below a municipality: a wijk whose share of the city's count
// jumps is found; a rise of the whole city, noise, and a jump of a few
// cases are not.
#include "common/theme/area_surveillance.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace veilig::theme {
namespace {

namespace cv1 = common::v1;

constexpr int kMonths = 30;  // 2017M01 .. 2019M06
// Added to a wijk of about 20 a month for five months: no month on its own
// survives the adjustment, the five together do.
constexpr int64_t kRunExtra = 14;

cv1::AreaSeries Series(const std::string& code, const std::vector<int64_t>& counts) {
  cv1::AreaSeries series;
  series.set_area(code);
  series.set_area_name("Gebied " + code);
  series.set_area_kind(cv1::AREA_KIND_DISTRICT);
  Period month = Period::Month(2017, 1);
  for (int64_t count : counts) {
    cv1::SeriesPoint& point = *series.add_points();
    point.set_period(month.ToString());
    point.set_count(count);
    point.set_complete(true);
    month = month.Next();
  }
  return series;
}

// Four wijken with fixed shares of a city whose count wobbles; `extra` is
// added to one wijk (and the city) in `months_with_extra` months from
// `month_with_extra` on.
SurveillanceInput City(double city_growth, int wijk_with_extra, int month_with_extra, int64_t extra,
                       int months_with_extra = 1) {
  const int64_t wobble[] = {0, 6, -4, 9, -7, 3, -9, 1, 7, -3, 4, -6};
  const double shares[] = {0.4, 0.3, 0.2, 0.1};
  std::vector<std::vector<int64_t>> wijken(4);
  std::vector<int64_t> city;
  for (int m = 0; m < kMonths; ++m) {
    const double level = 100 * (1 + city_growth * m / kMonths) + wobble[m % 12];
    int64_t total = 0;
    for (int w = 0; w < 4; ++w) {
      int64_t count = static_cast<int64_t>(level * shares[w] + (m * 7 + w * 3) % 5 - 2);
      if (w == wijk_with_extra && m >= month_with_extra &&
          m < month_with_extra + months_with_extra) {
        count += extra;
      }
      wijken[w].push_back(count);
      total += count;
    }
    city.push_back(total);
  }
  SurveillanceInput input;
  input.indicator.set_id("woninginbraak");
  input.whole = Series("GM0034", city);
  for (int w = 0; w < 4; ++w)
    input.parts.push_back(Series("WK00340" + std::to_string(w + 1), wijken[w]));
  input.half_year = *Period::Parse("2019H1");
  return input;
}

// The signals of one method's tests on their own.
std::vector<cv1::AreaSignal> Signals(const SignalTests& tests) {
  return AdjustTogether({tests}, 0.05);
}

TEST(AreaSurveillanceTest, AWijkWhoseShareJumpsIsASignal) {
  const SignalTests tests = FindAreaSignals(City(0, 3, 26, 25));  // 2019M03 in the smallest wijk
  // Six months and one run (the CUSUM) per wijk.
  EXPECT_EQ(tests.p_values.size(), 4u * 6 + 4);
  const auto signals = Signals(tests);
  ASSERT_EQ(signals.size(), 1u);
  const auto& signal = signals[0];
  EXPECT_EQ(signal.area(), "WK003404");
  EXPECT_EQ(signal.period(), "2019M03");
  EXPECT_GT(signal.observed(), signal.upper_limit());
  EXPECT_LT(signal.expected(), signal.upper_limit());
  EXPECT_LE(signal.adjusted_p_value(), 0.05);
  EXPECT_GE(signal.adjusted_p_value(), signal.p_value());
  EXPECT_EQ(signal.tests(), 28);
  EXPECT_EQ(signal.method(), cv1::SIGNAL_METHOD_FARRINGTON_FLEXIBLE);
  EXPECT_EQ(signal.parameters().years_back(), 2);
  EXPECT_EQ(signal.parameters().threshold(), "negative_binomial");
  EXPECT_TRUE(signal.parameters().relative_to_municipality());
}

// A few months each somewhat high, none far enough on its own: the CUSUM
// finds the run, from its first month.
TEST(AreaSurveillanceTest, ARunOfSomewhatHighMonthsIsFoundByTheCusumAlone) {
  // 2019M02 to 2019M06 in the second smallest wijk (about 20 a month).
  const SignalTests tests = FindAreaSignals(City(0, 2, 25, kRunExtra, 5));
  const auto signals = Signals(tests);
  ASSERT_EQ(signals.size(), 1u);
  const auto& run = signals[0];
  EXPECT_EQ(run.method(), cv1::SIGNAL_METHOD_POISSON_CUSUM);
  EXPECT_EQ(run.area(), "WK003403");
  EXPECT_EQ(run.run_start(), "2019M02");
  EXPECT_EQ(run.period(), "2019M06");
  EXPECT_GT(run.observed(), run.expected());
  EXPECT_GT(run.cusum(), 0);
  EXPECT_LE(run.adjusted_p_value(), 0.05);
  EXPECT_DOUBLE_EQ(run.parameters().cusum_shift(), 1.5);
  // Some months were above their limit before the adjustment.
  EXPECT_TRUE(std::any_of(tests.candidates.begin(), tests.candidates.end(), [](const auto& c) {
    return c.second.method() == cv1::SIGNAL_METHOD_FARRINGTON_FLEXIBLE;
  }));
}

TEST(AreaSurveillanceTest, ARiseOfTheWholeCityIsNoSignalOfItsParts) {
  EXPECT_TRUE(Signals(FindAreaSignals(City(0.8, -1, -1, 0))).empty());
  EXPECT_TRUE(Signals(FindAreaSignals(City(0, -1, -1, 0))).empty());
}

TEST(AreaSurveillanceTest, AJumpOfAFewCasesIsNoSignal) {
  auto input = City(0, -1, -1, 0);
  // A buurt with nothing for two years and then 3 in a month.
  std::vector<int64_t> quiet(kMonths, 0);
  quiet[27] = 3;
  input.parts.push_back(Series("BU00340401", quiet));
  EXPECT_TRUE(Signals(FindAreaSignals(input)).empty());
}

TEST(AreaSurveillanceTest, TheHistoryReachesBackTwoYearsAndTheWindow) {
  EXPECT_EQ(FirstMonthNeeded(*Period::Parse("2019H1")).ToString(), "2016M10");
  EXPECT_EQ(FirstMonthNeeded(*Period::Parse("2019H2")).ToString(), "2017M04");
}

}  // namespace
}  // namespace veilig::theme
