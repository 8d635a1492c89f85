#include "common/domain/period.h"

#include <gtest/gtest.h>

namespace veilig {
namespace {

TEST(PeriodTest, ParsesAndFormatsEveryGrain) {
  for (const char* text : {"2019", "2019H1", "2019H2", "2019Q3", "2019M07", "2019M12"}) {
    auto period = Period::Parse(text);
    ASSERT_TRUE(period.ok()) << text;
    EXPECT_EQ(period->ToString(), text);
  }
  EXPECT_EQ(Period::Parse("2019Q3")->grain(), Grain::kQuarter);
  EXPECT_EQ(Period::Parse("2019M07")->index(), 7);
}

TEST(PeriodTest, RejectsMalformedText) {
  for (const char* text : {"", "19", "2019H3", "2019H0", "2019Q5", "2019M7", "2019M13", "2019M00",
                           "1899", "3000H1", "2019X1", "2019H1 ", "20a9", "2019-H1"}) {
    auto period = Period::Parse(text);
    EXPECT_FALSE(period.ok()) << text;
    EXPECT_EQ(period.status().code(), absl::StatusCode::kInvalidArgument);
  }
}

TEST(PeriodTest, ShiftsAcrossYearBoundaries) {
  EXPECT_EQ(Period::HalfYear(2019, 1).Previous(), Period::HalfYear(2018, 2));
  EXPECT_EQ(Period::HalfYear(2018, 2).Next(), Period::HalfYear(2019, 1));
  EXPECT_EQ(Period::Month(2019, 1).Shifted(-13), Period::Month(2017, 12));
  EXPECT_EQ(Period::Quarter(2019, 4).Shifted(5), Period::Quarter(2021, 1));
  EXPECT_EQ(Period::HalfYear(2019, 1).YearEarlier(), Period::HalfYear(2018, 1));
  EXPECT_EQ(Period::HalfYear(2019, 2).InYear(2017), Period::HalfYear(2017, 2));
}

TEST(PeriodTest, RollsUpToCoarserGrains) {
  EXPECT_EQ(Period::Month(2019, 7).RollUp(Grain::kHalfYear), Period::HalfYear(2019, 2));
  EXPECT_EQ(Period::Month(2019, 6).RollUp(Grain::kQuarter), Period::Quarter(2019, 2));
  EXPECT_EQ(Period::Quarter(2019, 3).RollUp(Grain::kYear), Period::Year(2019));
  // Rolling up to a finer grain leaves the period as it is.
  EXPECT_EQ(Period::Year(2019).RollUp(Grain::kMonth), Period::Year(2019));
}

TEST(PeriodTest, SplitsIntoFinerPeriodsThatItContains) {
  const Period half = Period::HalfYear(2019, 2);
  const auto months = half.Split(Grain::kMonth);
  ASSERT_EQ(months.size(), 6u);
  EXPECT_EQ(months.front(), Period::Month(2019, 7));
  EXPECT_EQ(months.back(), Period::Month(2019, 12));
  for (const Period& month : months) {
    EXPECT_TRUE(half.Contains(month));
    EXPECT_EQ(month.RollUp(Grain::kHalfYear), half);
  }
  EXPECT_FALSE(half.Contains(Period::Month(2019, 6)));
  EXPECT_FALSE(half.Contains(Period::Year(2019)));
  EXPECT_EQ(Period::Year(2019).Split(Grain::kQuarter).size(), 4u);
}

TEST(PeriodTest, KnowsItsFirstAndLastDay) {
  EXPECT_EQ(Period::HalfYear(2019, 1).FirstDay(), "2019-01-01");
  EXPECT_EQ(Period::HalfYear(2019, 1).LastDay(), "2019-06-30");
  EXPECT_EQ(Period::Month(2020, 2).LastDay(), "2020-02-29");
  EXPECT_EQ(Period::Month(2019, 2).LastDay(), "2019-02-28");
  EXPECT_EQ(Period::Year(2019).LastDay(), "2019-12-31");
}

TEST(PeriodTest, TrailingHalfYearsEndWithTheGivenOne) {
  const auto periods = TrailingHalfYears(Period::HalfYear(2019, 1), 5);
  ASSERT_EQ(periods.size(), 5u);
  EXPECT_EQ(periods.front().ToString(), "2017H1");
  EXPECT_EQ(periods.back().ToString(), "2019H1");
}

TEST(PeriodTest, OrdersChronologicallyWithinAGrain) {
  EXPECT_LT(Period::HalfYear(2018, 2), Period::HalfYear(2019, 1));
  EXPECT_LT(Period::Month(2019, 1), Period::Month(2019, 2));
}

}  // namespace
}  // namespace veilig
