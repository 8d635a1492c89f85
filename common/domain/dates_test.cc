#include "common/domain/dates.h"

#include <gtest/gtest.h>

namespace veilig {
namespace {

TEST(DatesTest, AddsDaysAcrossMonthsYearsAndLeapDays) {
  EXPECT_EQ(AddDays("2019-06-30", 1), "2019-07-01");
  EXPECT_EQ(AddDays("2019-06-30", 90), "2019-09-28");
  EXPECT_EQ(AddDays("2019-12-31", 1), "2020-01-01");
  EXPECT_EQ(AddDays("2020-02-28", 1), "2020-02-29");
  EXPECT_EQ(AddDays("2019-03-01", -1), "2019-02-28");
  EXPECT_EQ(AddDays("2019-01-01", 0), "2019-01-01");
}

}  // namespace
}  // namespace veilig
