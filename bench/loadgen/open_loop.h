// An open-loop load generator: calls are started at a constant rate whatever
// the server does, and each call's latency is measured from the time it was
// meant to start, so a stalled server shows up as latency instead of hiding
// behind a slower request rate (coordinated omission).
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <vector>

namespace veilig::bench {

struct LoadResult {
  int64_t sent = 0;
  int64_t ok = 0;
  int64_t failed = 0;
  // Measured calls that failed, by status code.
  std::map<int, int64_t> failed_by_code;
  // Milliseconds from intended start to completion, of the measured calls,
  // and of those of them that succeeded.
  std::vector<double> latencies_ms;
  std::vector<double> ok_latencies_ms;

  double Percentile(double p) const { return PercentileOf(latencies_ms, p); }
  double OkPercentile(double p) const { return PercentileOf(ok_latencies_ms, p); }

 private:
  static double PercentileOf(std::vector<double> values, double p);
};

// Starts one asynchronous call. It must call `done(code)` exactly once, from
// any thread, when the call ends: 0 for success, else the failure's status code.
using StartCall = std::function<void(int64_t index, std::function<void(int code)> done)>;

// Warms up for `warmup`, then measures for `duration`, at `rate` calls per
// second; waits for the calls still in flight at the end.
LoadResult RunOpenLoop(double rate, std::chrono::milliseconds warmup,
                       std::chrono::milliseconds duration, const StartCall& start);

}  // namespace veilig::bench
