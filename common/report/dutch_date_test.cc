#include "common/report/dutch_date.h"

#include <gtest/gtest.h>

#include "common/report/dutch_period.h"

namespace veilig::report {
namespace {

google::type::Date Day(int year, int month, int day) {
  google::type::Date date;
  date.set_year(year);
  date.set_month(month);
  date.set_day(day);
  return date;
}

TEST(DutchDateTest, LongDateNamesTheMonth) {
  EXPECT_EQ(DutchLongDate(Day(2019, 3, 12)), "12 maart 2019");
  EXPECT_EQ(DutchLongDate(Day(2019, 12, 1)), "1 december 2019");
  EXPECT_EQ(DutchLongDate(google::type::Date()), "");
}

TEST(DutchDateTest, ShortDateIsDayMonthYear) {
  EXPECT_EQ(DutchShortDate(Day(2019, 3, 12)), "12-03-2019");
  EXPECT_EQ(DutchDateRange(Day(2019, 3, 12), Day(2019, 6, 30)), "12-03-2019 t/m 30-06-2019");
  EXPECT_EQ(DutchDateRange(Day(2019, 6, 30), google::type::Date()), "vanaf 30-06-2019");
  EXPECT_EQ(DutchDateRange(Day(2019, 5, 5), Day(2019, 5, 5)), "05-05-2019");
}

TEST(DutchDateTest, PublicationDayIsTheDayInTheNetherlands) {
  google::protobuf::Timestamp late_evening_utc;
  // 2019-07-12 23:30 UTC is 13 July 01:30 in Dutch summer time.
  late_evening_utc.set_seconds(1562974200);
  EXPECT_EQ(DutchLongDate(DutchCalendarDay(late_evening_utc)), "13 juli 2019");
}

TEST(DutchDateTest, WinterTimeIsOneHourAhead) {
  google::protobuf::Timestamp moment;
  moment.set_seconds(1577833200);  // 2019-12-31 23:00 UTC is 1 January 2020 00:00 in winter time.
  EXPECT_EQ(DutchLongDate(DutchCalendarDay(moment)), "1 januari 2020");
  moment.set_seconds(1577833199);
  EXPECT_EQ(DutchLongDate(DutchCalendarDay(moment)), "31 december 2019");
}

TEST(DutchPeriodTest, ShortFormForTableHeadings) {
  EXPECT_EQ(DutchPeriodShort("2019H1"), "1e helft 2019");
  EXPECT_EQ(DutchPeriodShort("2019Q2"), "2e kwartaal 2019");
  EXPECT_EQ(DutchPeriodShort("2019"), "2019");
  EXPECT_EQ(DutchPeriodShort("geen periode"), "geen periode");
}

}  // namespace
}  // namespace veilig::report
