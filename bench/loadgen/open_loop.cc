#include "bench/loadgen/open_loop.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace veilig::bench {

double LoadResult::PercentileOf(std::vector<double> sorted, double p) {
  if (sorted.empty()) return 0;
  std::sort(sorted.begin(), sorted.end());
  const size_t rank = static_cast<size_t>(std::ceil(p / 100 * static_cast<double>(sorted.size())));
  return sorted[std::min(sorted.size() - 1, rank == 0 ? 0 : rank - 1)];
}

LoadResult RunOpenLoop(double rate, std::chrono::milliseconds warmup,
                       std::chrono::milliseconds duration, const StartCall& start) {
  using Clock = std::chrono::steady_clock;
  LoadResult result;
  std::mutex mutex;
  std::condition_variable all_done;
  int64_t in_flight = 0;
  const auto begin = Clock::now();
  const auto measure_from = begin + warmup;
  const auto end = measure_from + duration;
  const auto interval = std::chrono::duration<double>(1.0 / rate);
  for (int64_t i = 0;; ++i) {
    const auto intended =
        begin + std::chrono::duration_cast<Clock::duration>(interval * static_cast<double>(i));
    if (intended >= end) break;
    std::this_thread::sleep_until(intended);
    const bool measured = intended >= measure_from;
    {
      std::lock_guard lock(mutex);
      ++in_flight;
      if (measured) ++result.sent;
    }
    start(i, [&, intended, measured](int code) {
      const double ms = std::chrono::duration<double, std::milli>(Clock::now() - intended).count();
      std::lock_guard lock(mutex);
      if (measured) {
        if (code == 0) {
          ++result.ok;
          result.ok_latencies_ms.push_back(ms);
        } else {
          ++result.failed;
          ++result.failed_by_code[code];
        }
        result.latencies_ms.push_back(ms);
      }
      if (--in_flight == 0) all_done.notify_all();
    });
  }
  std::unique_lock lock(mutex);
  all_done.wait(lock, [&] { return in_flight == 0; });
  return result;
}

}  // namespace veilig::bench
