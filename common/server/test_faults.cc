#include "common/server/test_faults.h"

#include <algorithm>
#include <atomic>
#include <thread>

namespace veilig::server {
namespace {

std::atomic<int64_t> call_delay_ms{0};

}  // namespace

void SetTestCallDelay(std::chrono::milliseconds delay) { call_delay_ms = delay.count(); }

void ApplyTestCallDelay(const grpc::ServerContextBase& context) {
  const int64_t delay_ms = call_delay_ms.load(std::memory_order_relaxed);
  if (delay_ms <= 0) return;
  const auto until = std::min(
      std::chrono::system_clock::now() + std::chrono::milliseconds(delay_ms), context.deadline());
  std::this_thread::sleep_until(until);
}

}  // namespace veilig::server
