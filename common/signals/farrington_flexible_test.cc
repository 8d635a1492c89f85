// The Farrington prediction: the Poisson fit's score equations, and alarms
// for a new outbreak but not for noise, a trend or one-off small numbers.
#include "common/signals/farrington_flexible.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace veilig::signals {
namespace {

using Series = std::vector<std::optional<int64_t>>;

// Three years of months around 10, repeating a fixed pattern of noise.
Series Steady(size_t months) {
  const int64_t noise[] = {0, 2, -1, 3, -2, 1, -3, 0, 2, -1, 1, -2};
  Series series;
  for (size_t m = 0; m < months; ++m) series.emplace_back(10 + noise[m % 12]);
  return series;
}

TEST(PoissonFitTest, AnInterceptOnlyFitIsTheMean) {
  const auto fit = FitPoisson({0, 1, 2}, {2, 4, 6}, {}, /*with_slope=*/false);
  ASSERT_TRUE(fit);
  EXPECT_NEAR(fit->Mean(7), 4, 1e-9);
  EXPECT_NEAR(fit->var_intercept, 1.0 / 12, 1e-9);  // 1 / sum of the means
}

TEST(PoissonFitTest, ATrendFitSolvesTheScoreEquations) {
  const std::vector<double> t = {0, 1, 2, 3, 4, 5}, y = {1, 3, 2, 6, 7, 12};
  const auto fit = FitPoisson(t, y, {}, /*with_slope=*/true);
  ASSERT_TRUE(fit);
  double residuals = 0, weighted = 0;
  for (size_t i = 0; i < t.size(); ++i) {
    residuals += y[i] - fit->Mean(t[i]);
    weighted += t[i] * (y[i] - fit->Mean(t[i]));
  }
  EXPECT_NEAR(residuals, 0, 1e-8);
  EXPECT_NEAR(weighted, 0, 1e-8);
  EXPECT_GT(fit->slope, 0);
  for (double h : fit->leverage) {
    EXPECT_GT(h, 0);
    EXPECT_LT(h, 1);
  }
}

TEST(PoissonFitTest, NoCountsNoFit) {
  EXPECT_FALSE(FitPoisson({0, 1}, {0, 0}, {}, true));
  EXPECT_FALSE(FitPoisson({}, {}, {}, false));
}

TEST(FarringtonTest, ANewOutbreakIsAnAlarmAndNoiseIsNot) {
  Series series = Steady(36);
  series.emplace_back(30);
  const auto outbreak = JudgeMonth(series, 36, {});
  ASSERT_TRUE(outbreak);
  EXPECT_TRUE(outbreak->alarm);
  EXPECT_FALSE(outbreak->trend_used);
  EXPECT_NEAR(outbreak->prediction.mean, 10, 1.5);
  EXPECT_EQ(outbreak->reference_counts, 3 * 7 - 3);  // the first year's window starts at month 0
  series.back() = 12;
  const auto usual = JudgeMonth(series, 36, {});
  ASSERT_TRUE(usual);
  EXPECT_FALSE(usual->alarm);
  EXPECT_LT(usual->threshold.score, 1);
}

TEST(FarringtonTest, APastOutbreakInTheHistoryDoesNotHideANewOne) {
  Series series = Steady(36);
  series[24] = 40;  // a year before the month judged, in its window
  series.emplace_back(25);
  const auto weighted = JudgeMonth(series, 36, {});
  FarringtonParameters unweighted;
  unweighted.reweight_threshold = std::numeric_limits<double>::infinity();
  const auto plain = JudgeMonth(series, 36, unweighted);
  ASSERT_TRUE(weighted && plain);
  EXPECT_LT(weighted->threshold.upper, plain->threshold.upper);
  EXPECT_TRUE(weighted->alarm);
}

TEST(FarringtonTest, ASignificantFallIsFollowed) {
  Series series;
  for (int m = 0; m < 48; ++m) series.emplace_back(40 - m / 2);
  const auto falling = JudgeMonth(series, 47, {});
  ASSERT_TRUE(falling);
  EXPECT_TRUE(falling->trend_used);
  EXPECT_NEAR(falling->prediction.mean, 40 - 47 / 2, 3);
  EXPECT_FALSE(falling->alarm);
}

// Farrington's rule: a trend whose prediction is above every count of the
// history is not extrapolated, so a month beyond all of them is judged
// against the level instead.
TEST(FarringtonTest, ARiseBeyondEveryPastCountIsNotExtrapolated) {
  Series series;
  for (int m = 0; m < 48; ++m) series.emplace_back(5 + m / 2);
  const auto rising = JudgeMonth(series, 47, {});
  ASSERT_TRUE(rising);
  EXPECT_FALSE(rising->trend_used);
  EXPECT_LT(rising->prediction.mean, 5 + 47 / 2);
}

TEST(FarringtonTest, FewCasesRecentlyRaiseNoAlarm) {
  Series series(36, int64_t{0});
  series[3] = 1;
  series[14] = 1;
  series[27] = 1;
  series.emplace_back(3);  // far above a mean near 0, but 3 in the last 4 months
  const auto few = JudgeMonth(series, 36, {});
  ASSERT_TRUE(few);
  EXPECT_TRUE(few->threshold.alarm);
  EXPECT_TRUE(few->too_few_recent);
  EXPECT_FALSE(few->alarm);
}

TEST(FarringtonTest, TooShortOrEmptyHistoryGivesNoJudgement) {
  Series series = Steady(10);
  EXPECT_FALSE(JudgeMonth(series, 9, {}));   // no earlier year
  EXPECT_FALSE(JudgeMonth(series, 12, {}));  // beyond the series
  Series zeros(30, int64_t{0});
  EXPECT_FALSE(JudgeMonth(zeros, 29, {}));
  Series gap = Steady(30);
  gap[29] = std::nullopt;
  EXPECT_FALSE(JudgeMonth(gap, 29, {}));
}

TEST(FarringtonTest, MissingMonthsInTheHistoryAreLeftOutOfTheFit) {
  Series series = Steady(36);
  series.emplace_back(30);
  const auto whole = JudgeMonth(series, 36, {});
  ASSERT_TRUE(whole);
  // Two months of the reference windows were never delivered.
  series[12] = std::nullopt;
  series[26] = std::nullopt;
  const auto gaps = JudgeMonth(series, 36, {});
  ASSERT_TRUE(gaps);
  EXPECT_EQ(gaps->reference_counts, whole->reference_counts - 2);
  EXPECT_TRUE(gaps->alarm);
  EXPECT_NEAR(gaps->prediction.mean, whole->prediction.mean, 1);
  // One month of history is too little to judge anything on.
  Series short_history(12, std::nullopt);
  short_history[0] = 10;
  short_history.emplace_back(30);
  EXPECT_FALSE(JudgeMonth(short_history, 12, {}));
}

}  // namespace
}  // namespace veilig::signals
