#include "gateway/http/rate_limiter.h"

#include <algorithm>
#include <cmath>

namespace veilig::gateway {
namespace {

// Above this many clients, the idle ones are swept out.
constexpr size_t kSweepAbove = 10'000;

}  // namespace

bool RateLimiter::Allow(const std::string& client, Clock::time_point now) {
  if (per_second_ <= 0) return true;
  std::lock_guard lock(mutex_);
  if (buckets_.size() > kSweepAbove) ForgetIdle(now);
  auto [it, inserted] = buckets_.try_emplace(client, Bucket{burst_, now});
  Bucket& bucket = it->second;
  const double elapsed = std::chrono::duration<double>(now - bucket.updated).count();
  bucket.tokens = std::min(burst_, bucket.tokens + std::max(0.0, elapsed) * per_second_);
  bucket.updated = now;
  if (bucket.tokens < 1) return false;
  bucket.tokens -= 1;
  return true;
}

int RateLimiter::RetryAfterSeconds() const {
  return std::max(1, static_cast<int>(std::ceil(1 / std::max(per_second_, 1e-9))));
}

size_t RateLimiter::tracked_clients() const {
  std::lock_guard lock(mutex_);
  return buckets_.size();
}

void RateLimiter::ForgetIdle(Clock::time_point now) {
  const auto refill = std::chrono::duration<double>(burst_ / per_second_);
  std::erase_if(buckets_, [&](const auto& entry) {
    return now - entry.second.updated > std::chrono::duration_cast<Clock::duration>(refill);
  });
}

}  // namespace veilig::gateway
