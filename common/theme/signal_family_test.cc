// One indicator's tests adjusted as one family: a p-value that passes among
// its own few tests may not among all of them.
#include "common/theme/signal_family.h"

#include <gtest/gtest.h>

namespace veilig::theme {
namespace {

namespace cv1 = common::v1;

SignalTests OneCandidate(const std::string& area, double p, size_t others, double others_p) {
  SignalTests tests;
  tests.p_values.assign(others, others_p);
  tests.p_values.push_back(p);
  cv1::AreaSignal signal;
  signal.set_area(area);
  signal.set_p_value(p);
  tests.candidates.emplace_back(others, signal);
  return tests;
}

TEST(SignalFamilyTest, EveryTestOfTheFamilyCountsInTheAdjustment) {
  // Alone, 0.004 among 5 tests adjusts to 0.02: a signal.
  const SignalTests few = OneCandidate("WK003401", 0.004, 4, 0.6);
  const auto alone = AdjustTogether({few}, 0.05);
  ASSERT_EQ(alone.size(), 1u);
  EXPECT_DOUBLE_EQ(alone[0].adjusted_p_value(), 0.02);
  EXPECT_EQ(alone[0].tests(), 5);
  // Among 100 more tests of the same indicator it adjusts to 0.42: none.
  const SignalTests many = OneCandidate("BU00340101", 0.9, 99, 0.7);
  EXPECT_TRUE(AdjustTogether({few, many}, 0.05).empty());
  // A strong one survives the family, and keeps its place in order.
  const SignalTests strong = OneCandidate("WK003403", 1e-6, 9, 0.8);
  const auto together = AdjustTogether({few, many, strong}, 0.05);
  ASSERT_EQ(together.size(), 1u);
  EXPECT_EQ(together[0].area(), "WK003403");
  EXPECT_EQ(together[0].tests(), 115);
  EXPECT_NEAR(together[0].adjusted_p_value(), 115e-6, 1e-12);
  EXPECT_TRUE(AdjustTogether({}, 0.05).empty());
}

}  // namespace
}  // namespace veilig::theme
