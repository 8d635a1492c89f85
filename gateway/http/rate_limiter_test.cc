#include "gateway/http/rate_limiter.h"

#include <gtest/gtest.h>

namespace veilig::gateway {
namespace {

using std::chrono::milliseconds;

TEST(RateLimiterTest, ABurstThenTheSteadyRate) {
  RateLimiter limiter(2, 3);
  const auto start = RateLimiter::Clock::now();
  for (int i = 0; i < 3; ++i) EXPECT_TRUE(limiter.Allow("10.0.0.1", start)) << i;
  EXPECT_FALSE(limiter.Allow("10.0.0.1", start));
  EXPECT_TRUE(limiter.Allow("10.0.0.2", start));  // another client has its own bucket
  EXPECT_FALSE(limiter.Allow("10.0.0.1", start + milliseconds(400)));
  EXPECT_TRUE(limiter.Allow("10.0.0.1", start + milliseconds(600)));  // 2/s: one per 500 ms
  EXPECT_FALSE(limiter.Allow("10.0.0.1", start + milliseconds(700)));
  EXPECT_EQ(limiter.RetryAfterSeconds(), 1);
}

TEST(RateLimiterTest, OffWhenTheRateIsZero) {
  RateLimiter limiter(0, 0);
  for (int i = 0; i < 1000; ++i) EXPECT_TRUE(limiter.Allow("x"));
  EXPECT_EQ(limiter.tracked_clients(), 0u);
}

TEST(RateLimiterTest, IdleClientsAreForgotten) {
  RateLimiter limiter(100, 1);
  const auto start = RateLimiter::Clock::now();
  for (int i = 0; i < 10'001; ++i) limiter.Allow("client-" + std::to_string(i), start);
  EXPECT_EQ(limiter.tracked_clients(), 10'001u);
  limiter.Allow("late", start + std::chrono::seconds(1));
  EXPECT_EQ(limiter.tracked_clients(), 1u);
}

}  // namespace
}  // namespace veilig::gateway
