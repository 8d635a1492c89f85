// A token bucket per client: each client may make `burst` requests at once
// and `per_second` on average. Clients idle long enough to have a full bucket
// are forgotten, so memory stays bounded however many clients come by.
#pragma once

#include <chrono>
#include <mutex>
#include <string>
#include <unordered_map>

namespace veilig::gateway {

class RateLimiter {
 public:
  using Clock = std::chrono::steady_clock;

  // `per_second` <= 0 turns limiting off.
  RateLimiter(double per_second, double burst) : per_second_(per_second), burst_(burst) {}

  // Takes a token for `client`; false when it has none left.
  bool Allow(const std::string& client, Clock::time_point now = Clock::now());
  // Seconds until `client` has a token again (at least 1, for Retry-After).
  int RetryAfterSeconds() const;
  size_t tracked_clients() const;

 private:
  struct Bucket {
    double tokens;
    Clock::time_point updated;
  };
  void ForgetIdle(Clock::time_point now);

  const double per_second_;
  const double burst_;
  mutable std::mutex mutex_;
  std::unordered_map<std::string, Bucket> buckets_;
};

}  // namespace veilig::gateway
