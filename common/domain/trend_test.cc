#include "common/domain/trend.h"

#include <gtest/gtest.h>

#include <cmath>

namespace veilig {
namespace {

TEST(TrendTest, AnExactExponentialIsProjectedExactlyAndConfidently) {
  // 10% down every step.
  std::vector<std::pair<double, double>> points;
  points.reserve(5);
  for (int t = 0; t < 5; ++t) points.emplace_back(t, 100 * std::pow(0.9, t));
  auto projection = ProjectLogLinear(points, 7);
  ASSERT_TRUE(projection.has_value());
  EXPECT_NEAR(projection->value, 100 * std::pow(0.9, 7), 1e-9);
  EXPECT_EQ(projection->points_used, 5);
  EXPECT_FALSE(projection->uncertain);
  EXPECT_LE(projection->lower, projection->value);
  EXPECT_GE(projection->upper, projection->value);
}

TEST(TrendTest, FewPointsAreUncertain) {
  auto projection = ProjectLogLinear({{0, 100}, {1, 90}, {2, 81}}, 7);
  ASSERT_TRUE(projection.has_value());
  EXPECT_TRUE(projection->uncertain);
}

TEST(TrendTest, NoisySeriesGiveAWideUncertainInterval) {
  auto projection = ProjectLogLinear({{0, 100}, {1, 40}, {2, 130}, {3, 50}, {4, 110}}, 11);
  ASSERT_TRUE(projection.has_value());
  EXPECT_TRUE(projection->uncertain);
  EXPECT_GT(projection->upper / projection->lower, 2);
}

TEST(TrendTest, NonPositiveValuesAreLeftOutAndTooFewPointsGiveNothing) {
  EXPECT_FALSE(ProjectLogLinear({{0, 0}, {1, 5}}, 3).has_value());
  EXPECT_FALSE(ProjectLogLinear({}, 3).has_value());
  auto projection = ProjectLogLinear({{0, 0}, {1, 10}, {2, 10}}, 3);
  ASSERT_TRUE(projection.has_value());
  EXPECT_EQ(projection->points_used, 2);
  EXPECT_NEAR(projection->value, 10, 1e-9);
}

}  // namespace
}  // namespace veilig
