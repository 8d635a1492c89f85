#include "common/domain/significance.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

namespace veilig {
namespace {

TEST(SignificanceTest, SmallChangesOnSmallCountsAreWithinChance) {
  // Street robbery 36 -> 45, hold-ups 9 -> 10 and 7 -> 10 (worked example).
  EXPECT_FALSE(PoissonChangeTest(36, 1, 45, 1).beyond_chance);
  EXPECT_FALSE(PoissonChangeTest(9, 1, 10, 1).beyond_chance);
  EXPECT_FALSE(PoissonChangeTest(7, 1, 10, 1).beyond_chance);
}

TEST(SignificanceTest, LargeChangesAreBeyondChance) {
  // Burglary 491 -> 350.
  const auto result = PoissonChangeTest(491, 78500, 350, 81200);
  EXPECT_TRUE(result.beyond_chance);
  EXPECT_LT(result.p_value, 0.001);
}

TEST(SignificanceTest, EqualCountsGiveAPValueOfOne) {
  EXPECT_NEAR(PoissonChangeTest(20, 1, 20, 1).p_value, 1.0, 1e-9);
}

TEST(SignificanceTest, KnownExactBinomialValue) {
  // 0 vs 10 with equal exposure: P = 2 * 0.5^10.
  EXPECT_NEAR(PoissonChangeTest(0, 1, 10, 1).p_value, 2.0 / 1024.0, 1e-9);
  // 3 vs 7 with equal exposure: two-sided exact p = 0.34375.
  EXPECT_NEAR(PoissonChangeTest(3, 1, 7, 1).p_value, 0.34375, 1e-9);
}

TEST(SignificanceTest, GrowthOfTheExposureIsTakenIntoAccount) {
  // 100 -> 140 is beyond chance at equal exposure, not when the population grew by 40%.
  EXPECT_TRUE(PoissonChangeTest(100, 1000, 140, 1000).beyond_chance);
  EXPECT_FALSE(PoissonChangeTest(100, 1000, 140, 1400).beyond_chance);
}

TEST(SignificanceTest, SymmetricInDirection) {
  EXPECT_NEAR(PoissonChangeTest(30, 1, 50, 1).p_value, PoissonChangeTest(50, 1, 30, 1).p_value,
              1e-12);
}

TEST(SignificanceTest, LargeCountsUseTheNormalApproximationConsistently) {
  // Around the exact limit both methods must agree on the verdict.
  EXPECT_FALSE(PoissonChangeTest(10000, 1, 10100, 1).beyond_chance);
  EXPECT_TRUE(PoissonChangeTest(10000, 1, 10400, 1).beyond_chance);
  EXPECT_NEAR(PoissonChangeTest(400000, 1, 400000, 1).p_value, 1.0, 1e-9);
}

TEST(SignificanceTest, NothingToTestWithoutEvents) {
  const auto result = PoissonChangeTest(0, 1, 0, 1);
  EXPECT_FALSE(result.beyond_chance);
  EXPECT_EQ(result.p_value, 1.0);
}

// The test sums the tails from the mode outwards and stops early; it must
// agree with summing every term of the distribution.
double FullSumPValue(int64_t before, double exposure_before, int64_t after, double exposure_after) {
  const int64_t n = before + after;
  const double p = exposure_after / (exposure_before + exposure_after);
  auto log_pmf = [&](int64_t k) {
    return std::lgamma(n + 1.0) - std::lgamma(k + 1.0) - std::lgamma(n - k + 1.0) +
           k * std::log(p) + (n - k) * std::log1p(-p);
  };
  const double observed = log_pmf(after);
  const double threshold = observed + 1e-7 * std::max(1.0, std::fabs(observed));
  double sum = 0;
  for (int64_t k = 0; k <= n; ++k) {
    if (log_pmf(k) <= threshold) sum += std::exp(log_pmf(k));
  }
  return std::min(1.0, sum);
}

TEST(SignificanceTest, AgreesWithTheFullSumOverTheWholeRange) {
  for (int64_t before : {0, 1, 5, 37, 400, 3000, 9000}) {
    for (int64_t after : {0, 2, 9, 41, 380, 3400, 10500}) {
      for (double exposure_after : {0.5, 1.0, 1.3, 7.0}) {
        if (before + after == 0 || before + after > 20000) continue;
        const double expected = FullSumPValue(before, 1.0, after, exposure_after);
        EXPECT_NEAR(PoissonChangeTest(before, 1.0, after, exposure_after).p_value, expected,
                    1e-9 + 1e-9 * expected)
            << before << " -> " << after << " x" << exposure_after;
      }
    }
  }
}

}  // namespace
}  // namespace veilig
