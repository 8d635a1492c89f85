// The signal methods against their published reference values, and their
// edge cases: no counts, no neighbours, equal values.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "common/signals/farrington_threshold.h"
#include "common/signals/local_g.h"
#include "common/signals/multiple_testing.h"
#include "common/signals/poisson_cusum.h"
#include "common/signals/rate_comparison.h"
#include "common/signals/survey_difference.h"

namespace veilig::signals {
namespace {

// Gu et al. (2008), example 1, as statsmodels' test_poisson_2indep checks it.
TEST(RateComparisonTest, ReproducesGuEtAlExampleOne) {
  const auto c = CompareRates({60, 51477.5}, {30, 54308.7});
  EXPECT_NEAR(c.wald_z, 3.384913, 5e-7);
  EXPECT_NEAR(c.wald_p, 0.000356, 5e-7);
  EXPECT_NEAR(c.score_z, 3.417402, 5e-7);
  EXPECT_NEAR(c.score_p, 0.000316, 5e-7);
  EXPECT_NEAR(c.rate_ratio, (60 / 51477.5) / (30 / 54308.7), 1e-12);
  // The exact conditional test is a little more careful than the normal
  // approximations with counts this size.
  EXPECT_GT(c.exact_p, c.score_p);
  EXPECT_LT(c.exact_p, 0.001);
}

TEST(RateComparisonTest, TheExactTestIsTheConditionalBinomialTail) {
  // 3 against 0 over equal exposures: P(Y >= 3 | n = 3, p = 1/2) = 1/8.
  EXPECT_NEAR(CompareRates({3, 100}, {0, 100}).exact_p, 0.125, 1e-12);
  // 3 to 6 in a buurt is nothing remarkable: p well above 5%.
  EXPECT_GT(CompareRates({6, 1000}, {3, 1000}).exact_p, 0.2);
  // A fall is no rise.
  EXPECT_GT(CompareRates({2, 1000}, {9, 1000}).exact_p, 0.99);
}

TEST(RateComparisonTest, NoCountsOrNoExposureLeaveNothingToSay) {
  const auto none = CompareRates({0, 100}, {0, 100});
  EXPECT_EQ(none.wald_z, 0);
  EXPECT_EQ(none.exact_p, 1);
  EXPECT_EQ(CompareRates({5, 0}, {3, 100}).exact_p, 1);
  EXPECT_TRUE(std::isinf(CompareRates({5, 100}, {0, 100}).rate_ratio));
  EXPECT_TRUE(std::isnan(CompareRates({0, 100}, {0, 100}).rate_ratio));
  EXPECT_EQ(CompareRates({5, std::nan("")}, {3, 100}).exact_p, 1);
}

// surveillance's own test of algo.farrington.threshold: mu0 = 5, se = 0.2,
// phi = 1, alpha = 0.05, y = 8, untransformed.
TEST(FarringtonThresholdTest, ReproducesTheSurveillancePackagesTest) {
  const auto t = FarringtonThreshold({5, 0.2, 1}, 8, 0.05, ThresholdMethod::kUntransformed);
  EXPECT_NEAR(t.lower, 1.3073128, 5e-8);
  EXPECT_NEAR(t.upper, 8.6926872, 5e-8);
  EXPECT_NEAR(t.p_value, 0.0907246, 5e-8);
  EXPECT_NEAR(t.score, 0.8124165, 5e-8);
  EXPECT_FALSE(t.alarm);
}

TEST(FarringtonThresholdTest, TheTransformsRaiseTheLimitForSkewedCounts) {
  const Prediction few{2, 0.3, 1.5};
  const auto plain = FarringtonThreshold(few, 6, 0.05, ThresholdMethod::kUntransformed);
  const auto power = FarringtonThreshold(few, 6, 0.05, ThresholdMethod::kTwoThirdsPower);
  const auto nb = FarringtonThreshold(few, 6, 0.05, ThresholdMethod::kNegativeBinomial);
  // Counts are skewed to the right: the 2/3 power puts the limit higher.
  EXPECT_GT(power.upper, plain.upper);
  EXPECT_GE(power.lower, 0);
  // The negative binomial's limit is a count.
  EXPECT_EQ(nb.upper, std::floor(nb.upper));
  for (const auto& t : {plain, power, nb}) {
    EXPECT_EQ(t.alarm, 6 > t.upper);
    EXPECT_GT(t.p_value, 0);
    EXPECT_LT(t.p_value, 1);
  }
  // Without overdispersion the negative binomial is the Poisson: P(Y >= 6 |
  // mean 2) = 0.0166.
  EXPECT_NEAR(FarringtonThreshold({2, 0, 1}, 6, 0.05, ThresholdMethod::kNegativeBinomial).p_value,
              0.016563608, 1e-8);
}

TEST(FarringtonThresholdTest, AnImpossiblePredictionRaisesNoAlarm) {
  EXPECT_FALSE(FarringtonThreshold({0, 0, 1}, 10, 0.05).alarm);
  EXPECT_FALSE(FarringtonThreshold({5, 0.2, 1}, 10, 0).alarm);
  EXPECT_FALSE(FarringtonThreshold({std::nan(""), 0.2, 1}, 10, 0.05).alarm);
  EXPECT_FALSE(FarringtonThreshold({5, 0.2, std::numeric_limits<double>::infinity()}, 10, 0.05,
                                   ThresholdMethod::kNegativeBinomial)
                   .alarm);
}

// Lucas (1985): h = 6, k = 2; in control at mean 1.88, shifted to 3.20.
TEST(PoissonCusumTest, ReproducesLucassAverageRunLengths) {
  const CusumParameters parameters{2, 6};
  EXPECT_NEAR(PoissonCusumAverageRunLength(parameters, 1.88), 37.2, 0.05);
  EXPECT_NEAR(PoissonCusumAverageRunLength(parameters, 3.20), 5.49, 0.005);
  // k for a shift from 1.88 to 3.20 is Lucas's 2 (2.48 before rounding).
  EXPECT_NEAR(CusumReferenceValue(1.88, 3.20), 2.4818, 1e-4);
}

// The chance of reaching a level within some months, against the chain over
// the integer sums (whole k and level) worked out here on its own.
TEST(PoissonCusumTest, TheChanceOfReachingALevelMatchesTheIntegerChain) {
  // One month: 0 + y - 2 >= 3 takes y >= 5.
  double below = 0, term = std::exp(-1.88);
  for (int y = 0; y <= 4; ++y, term *= 1.88 / y) below += term;
  EXPECT_NEAR(PoissonCusumExceedance({1.88}, {2}, 3), 1 - below, 1e-12);

  const auto integer_chain = [](double mean, int k, int level, int months) {
    std::vector<double> at(level, 0);
    at[0] = 1;
    double absorbed = 0;
    for (int t = 0; t < months; ++t) {
      std::vector<double> next(level, 0);
      for (int i = 0; i < level; ++i) {
        double pmf = std::exp(-mean), mass = 0;
        for (int y = 0;; ++y) {
          if (y > 0) pmf *= mean / y;
          const int j = std::max(0, i + y - k);
          if (j >= level) {
            absorbed += at[i] * (1 - mass);
            break;
          }
          next[j] += at[i] * pmf;
          mass += pmf;
        }
      }
      at = next;
    }
    return absorbed;
  };
  for (const double mean : {1.88, 3.20}) {
    EXPECT_NEAR(PoissonCusumExceedance(std::vector<double>(6, mean), std::vector<double>(6, 2), 6),
                integer_chain(mean, 2, 6, 6), 1e-9)
        << mean;
  }
  // Within Lucas's in-control run length of 37.2 months, a signal is about
  // as likely as not.
  const double within_37 =
      PoissonCusumExceedance(std::vector<double>(37, 1.88), std::vector<double>(37, 2), 6);
  EXPECT_NEAR(within_37, integer_chain(1.88, 2, 6, 37), 1e-9);
  EXPECT_GT(within_37, 0.4);
  EXPECT_LT(within_37, 0.75);

  // Overdispersed months (variance 2 x mean): one month against the
  // negative binomial worked out here, and more often reached than Poisson.
  const double mean = 1.88, dispersion = 2, r = mean / (dispersion - 1), p = 1 / dispersion;
  double nb_below = 0;
  for (int y = 0; y <= 4; ++y) {
    nb_below += std::exp(std::lgamma(y + r) - std::lgamma(r) - std::lgamma(y + 1.0) +
                         r * std::log(p) + y * std::log(1 - p));
  }
  EXPECT_NEAR(PoissonCusumExceedance({mean}, {2}, 3, {dispersion}), 1 - nb_below, 1e-12);
  EXPECT_GT(PoissonCusumExceedance(std::vector<double>(6, mean), std::vector<double>(6, 2), 6,
                                   std::vector<double>(6, dispersion)),
            integer_chain(mean, 2, 6, 6));
  // A dispersion of 1 or below is Poisson.
  EXPECT_DOUBLE_EQ(PoissonCusumExceedance({mean}, {2}, 3, {1}),
                   PoissonCusumExceedance({mean}, {2}, 3));

  EXPECT_EQ(PoissonCusumExceedance({1.88}, {2}, 0), 1);
  EXPECT_EQ(PoissonCusumExceedance({0, 0}, {0.5, 0.5}, 1), 0);
}

TEST(PoissonCusumTest, ASustainedSmallRiseSignalsWhereSingleMonthsDoNot) {
  const CusumParameters parameters{2, 6};
  const auto steps = RunPoissonCusum({1, 2, 3, 1, 4, 4, 4, 4, 0}, parameters);
  ASSERT_EQ(steps.size(), 9u);
  EXPECT_EQ(steps[0].sum, 0);
  EXPECT_EQ(steps[2].sum, 1);
  EXPECT_EQ(steps[4].sum, 2);  // 0 + 4 - 2
  EXPECT_EQ(steps[5].sum, 4);
  EXPECT_TRUE(steps[6].signal);  // 6: the decision interval
  EXPECT_EQ(steps[7].sum, 2);    // restarted after the signal
  EXPECT_FALSE(steps[8].signal);
  EXPECT_TRUE(RunPoissonCusum({}, parameters).empty());
}

// PySAL esda's test of G_Local: six points, a distance band of 15.
TEST(GetisOrdTest, ReproducesEsdasLocalG) {
  const std::vector<Point> points = {{10, 10}, {20, 10}, {40, 10}, {15, 20}, {30, 20}, {30, 30}};
  const std::vector<double> values = {2, 3, 3.2, 5, 8, 7};
  const auto neighbours = DistanceBand(points, 15);
  EXPECT_EQ(neighbours[0], (std::vector<int>{1, 3}));
  EXPECT_NEAR(GetisOrd(values, neighbours, /*star=*/true)[0].z, -1.39727626, 5e-9);
  EXPECT_NEAR(GetisOrd(values, neighbours, /*star=*/false)[0].z, -1.0136729, 5e-8);
}

TEST(GetisOrdTest, AnAreaWithoutNeighboursOrEqualValuesIsNoHotSpot) {
  const Neighbours islands = {{}, {2}, {1}};
  const auto gi = GetisOrd({1, 5, 9}, islands, /*star=*/false);
  EXPECT_EQ(gi[0].z, 0);
  EXPECT_EQ(gi[0].p_hot, 1);
  for (const auto& g : GetisOrd({4, 4, 4}, {{1}, {0, 2}, {1}})) EXPECT_EQ(g.z, 0);
  EXPECT_TRUE(GetisOrd({}, {}).empty());
  // Gi of two areas compares each with one other value: no variance.
  for (const auto& g : GetisOrd({1, 2}, {{1}, {0}}, /*star=*/false)) EXPECT_EQ(g.z, 0);
}

TEST(BenjaminiHochbergTest, AdjustsInTheInputsOrder) {
  // R: p.adjust(c(0.01, 0.04, 0.03, 0.005), "BH") = 0.02 0.04 0.04 0.02
  const auto q = BenjaminiHochberg({0.01, 0.04, 0.03, 0.005});
  ASSERT_EQ(q.size(), 4u);
  EXPECT_NEAR(q[0], 0.02, 1e-12);
  EXPECT_NEAR(q[1], 0.04, 1e-12);
  EXPECT_NEAR(q[2], 0.04, 1e-12);
  EXPECT_NEAR(q[3], 0.02, 1e-12);
  EXPECT_NEAR(BenjaminiHochberg({0.9, 0.5})[0], 0.9, 1e-12);
  EXPECT_TRUE(BenjaminiHochberg({}).empty());
  const auto missing = BenjaminiHochberg({std::nan(""), 0.01});
  EXPECT_NEAR(missing[0], 1, 1e-12);
  EXPECT_NEAR(missing[1], 0.02, 1e-12);
}

TEST(SurveyDifferenceTest, ADifferenceIsRealOnlyBeyondBothMargins) {
  // 38% (margin 2.0) against 33% (margin 2.2): z = 5 / sqrt((2/1.96)^2 +
  // (2.2/1.96)^2) = 3.2961.
  const auto real = CompareSurveyEstimates({38, 2.0}, {33, 2.2});
  EXPECT_NEAR(real.z, 3.296097, 1e-6);
  EXPECT_TRUE(real.real);
  EXPECT_LT(real.p_value, 0.001);
  // 2 points with margins of 2: each interval holds the other's figure.
  const auto chance = CompareSurveyEstimates({35, 2.0}, {33, 2.0});
  EXPECT_FALSE(chance.real);
  EXPECT_NEAR(chance.p_value, 0.1658, 1e-4);
  EXPECT_FALSE(CompareSurveyEstimates({35, 0}, {33, 0}).real);
}

}  // namespace
}  // namespace veilig::signals
