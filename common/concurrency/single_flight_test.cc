#include "common/concurrency/single_flight.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace veilig {
namespace {

TEST(SingleFlightTest, CallersWhoMissTheSameKeyWhileItIsBuiltShareOneResult) {
  SingleFlight<std::string, int> flights;
  std::vector<int> answers;
  const auto waiter = [&answers](const int& result) { answers.push_back(result); };
  EXPECT_TRUE(flights.Join("GM0034/2019H1", waiter));
  EXPECT_FALSE(flights.Join("GM0034/2019H1", waiter));
  EXPECT_FALSE(flights.Join("GM0034/2019H1", waiter));
  // Another key is its own flight.
  EXPECT_TRUE(flights.Join("GM0363/2019H1", waiter));
  EXPECT_TRUE(answers.empty());

  flights.Land("GM0034/2019H1", 7);
  EXPECT_EQ(answers, (std::vector<int>{7, 7, 7}));
  flights.Land("GM0363/2019H1", 9);
  EXPECT_EQ(answers, (std::vector<int>{7, 7, 7, 9}));
}

TEST(SingleFlightTest, AfterLandingTheNextMissStartsANewFlight) {
  SingleFlight<std::string, int> flights;
  int calls = 0;
  const auto waiter = [&calls](const int&) { ++calls; };
  ASSERT_TRUE(flights.Join("k", waiter));
  flights.Land("k", 1);
  EXPECT_TRUE(flights.Join("k", waiter));
  flights.Land("k", 2);
  // Landing a key nobody waits for does nothing.
  flights.Land("k", 3);
  EXPECT_EQ(calls, 2);
}

TEST(SingleFlightTest, AWaiterMayJoinTheSameKeyAgainFromItsCallback) {
  SingleFlight<std::string, int> flights;
  bool rejoined_started = false;
  ASSERT_TRUE(flights.Join(
      "k", [&](const int&) { rejoined_started = flights.Join("k", [](const int&) {}); }));
  flights.Land("k", 1);
  EXPECT_TRUE(rejoined_started);
}

}  // namespace
}  // namespace veilig
