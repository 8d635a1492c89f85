// An area's half year against an earlier one: a rise beyond the city's is
// found; a rise of the whole city, noise and a rise of a few cases are not.
#include "common/theme/area_period_comparison.h"

#include <gtest/gtest.h>

namespace veilig::theme {
namespace {

namespace cv1 = common::v1;

// Ten wijken of 10,000 inhabitants, each with `earlier` counts a year earlier
// and `later` now; the whole is their sum.
PeriodComparisonInput City(const std::vector<std::pair<int64_t, int64_t>>& counts) {
  PeriodComparisonInput input;
  input.indicator = "woninginbraak";
  input.later_period = "2019H1";
  input.earlier_period = "2018H1";
  for (size_t i = 0; i < counts.size(); ++i) {
    PeriodComparisonArea& area = input.areas.emplace_back();
    area.code = "WK00340" + std::to_string(i);
    area.name = "Wijk " + std::to_string(i);
    area.kind = cv1::AREA_KIND_DISTRICT;
    area.earlier = {counts[i].first, 10000};
    area.later = {counts[i].second, 10000};
    input.whole_earlier.count += counts[i].first;
    input.whole_earlier.population += 10000;
    input.whole_later.count += counts[i].second;
    input.whole_later.population += 10000;
  }
  return input;
}

// The signals of the comparison on its own.
std::vector<cv1::AreaSignal> Signals(const SignalTests& tests) {
  return AdjustTogether({tests}, 0.05);
}

TEST(AreaPeriodComparisonTest, ARiseBeyondTheCitysIsFound) {
  std::vector<std::pair<int64_t, int64_t>> counts(10, {50, 52});
  counts[3] = {50, 110};
  const SignalTests tests = FindRisesSince(City(counts));
  EXPECT_EQ(tests.p_values.size(), 10u);
  const auto signals = Signals(tests);
  ASSERT_EQ(signals.size(), 1u);
  const cv1::AreaSignal& rise = signals[0];
  EXPECT_EQ(rise.area(), "WK003403");
  EXPECT_EQ(rise.method(), cv1::SIGNAL_METHOD_EXACT_RATE_COMPARISON);
  EXPECT_EQ(rise.period(), "2019H1");
  EXPECT_EQ(rise.comparison_period(), "2018H1");
  EXPECT_EQ(rise.observed(), 110);
  EXPECT_EQ(rise.comparison_observed(), 50);
  EXPECT_DOUBLE_EQ(rise.rate(), 11);
  EXPECT_DOUBLE_EQ(rise.comparison_rate(), 5);
  // A year earlier's 50, scaled by the city's rise (578 / 500).
  EXPECT_NEAR(rise.expected(), 50 * 578.0 / 500, 1e-9);
  EXPECT_LT(rise.p_value(), 1e-3);
  EXPECT_LE(rise.adjusted_p_value(), 0.05);
  EXPECT_TRUE(rise.parameters().relative_to_municipality());
}

TEST(AreaPeriodComparisonTest, ARiseOfTheWholeCityNoiseAndAFewCasesAreNot) {
  // Every wijk doubles: the city did, so none of its parts did more.
  EXPECT_TRUE(Signals(FindRisesSince(City(std::vector<std::pair<int64_t, int64_t>>(10, {50, 100}))))
                  .empty());
  // Noise around 50.
  const std::vector<std::pair<int64_t, int64_t>> noise = {{50, 58}, {50, 44}, {52, 49}, {47, 55},
                                                          {50, 50}, {51, 42}, {49, 57}, {50, 46},
                                                          {48, 53}, {50, 47}};
  EXPECT_TRUE(Signals(FindRisesSince(City(noise))).empty());
  // 0 to 8 is a rise beyond chance; below a minimum count of 10 it is no signal.
  std::vector<std::pair<int64_t, int64_t>> few(10, {50, 50});
  few[0] = {0, 8};
  const auto found = Signals(FindRisesSince(City(few)));
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].area(), "WK003400");
  PeriodComparisonSettings stricter;
  stricter.min_count = 10;
  EXPECT_TRUE(Signals(FindRisesSince(City(few), stricter)).empty());
  // Zero counts in both periods, or no population, are not judged.
  std::vector<std::pair<int64_t, int64_t>> zeros(10, {50, 50});
  zeros[0] = {0, 0};
  PeriodComparisonInput input = City(zeros);
  input.areas[1].earlier.population = 0;
  EXPECT_EQ(FindRisesSince(input).p_values.size(), 8u);
  // A city without figures in one period: nothing to measure against.
  input.whole_earlier = {};
  EXPECT_TRUE(FindRisesSince(input).p_values.empty());
}

}  // namespace
}  // namespace veilig::theme
