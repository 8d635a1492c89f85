// One self-overwriting status line for long imports on a terminal: rows,
// rows per second, share of the file done and the time left. Silent when
// the output is not a terminal, so logs and pipes stay clean.
#pragma once

#include <chrono>
#include <cstdint>
#include <ostream>

namespace veilig::ctl {

class ProgressMeter {
 public:
  ProgressMeter(std::ostream& out, bool enabled, int64_t total_bytes);
  // Redraws at most a few times a second, however often it is called.
  void Update(int64_t rows, int64_t bytes_done);
  // Erases the line.
  void Done();

 private:
  using Clock = std::chrono::steady_clock;
  std::ostream& out_;
  const bool enabled_;
  const int64_t total_bytes_;
  const Clock::time_point start_ = Clock::now();
  Clock::time_point last_draw_{};
  bool drawn_ = false;
};

// "1:02:03" or "2:03" for a number of seconds.
std::string Duration(int64_t seconds);

}  // namespace veilig::ctl
