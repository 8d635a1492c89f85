// An open-loop load generator: calls are started at a constant rate whatever
// the server does, and each call's latency is measured from the time it was
// meant to start, so a stalled server shows up as latency instead of hiding
// behind a slower request rate (coordinated omission).
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <vector>

namespace veilig::bench {

struct LoadResult {
  int64_t sent = 0;
  int64_t ok = 0;
  int64_t failed = 0;
  // Milliseconds from intended start to completion, of the measured calls.
  std::vector<double> latencies_ms;

  double Percentile(double p) const;
};

// Starts one asynchronous call. It must call `done(ok)` exactly once, from
// any thread, when the call ends.
using StartCall = std::function<void(int64_t index, std::function<void(bool ok)> done)>;

// Warms up for `warmup`, then measures for `duration`, at `rate` calls per
// second; waits for the calls still in flight at the end.
LoadResult RunOpenLoop(double rate, std::chrono::milliseconds warmup,
                       std::chrono::milliseconds duration, const StartCall& start);

}  // namespace veilig::bench
