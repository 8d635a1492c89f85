#include "tools/veiligctl/progress_meter.h"

#include <cstdio>

#include "common/domain/strings.h"

namespace veilig::ctl {
namespace {

constexpr std::chrono::milliseconds kRedrawInterval{250};

}  // namespace

std::string Duration(int64_t seconds) {
  char text[32];
  if (seconds >= 3600) {
    std::snprintf(text, sizeof(text), "%lld:%02lld:%02lld", static_cast<long long>(seconds / 3600),
                  static_cast<long long>(seconds / 60 % 60), static_cast<long long>(seconds % 60));
  } else {
    std::snprintf(text, sizeof(text), "%lld:%02lld", static_cast<long long>(seconds / 60),
                  static_cast<long long>(seconds % 60));
  }
  return text;
}

ProgressMeter::ProgressMeter(std::ostream& out, bool enabled, int64_t total_bytes)
    : out_(out), enabled_(enabled), total_bytes_(total_bytes) {}

void ProgressMeter::Update(int64_t rows, int64_t bytes_done) {
  if (!enabled_) return;
  const auto now = Clock::now();
  if (drawn_ && now - last_draw_ < kRedrawInterval) return;
  last_draw_ = now;
  drawn_ = true;
  const double seconds = std::chrono::duration<double>(now - start_).count();
  const double rate = seconds > 0 ? static_cast<double>(rows) / seconds : 0;
  std::string line = StrCat(rows, " rows  ", static_cast<int64_t>(rate), " rows/s");
  if (total_bytes_ > 0 && bytes_done > 0) {
    const double done = static_cast<double>(bytes_done) / static_cast<double>(total_bytes_);
    line += StrCat("  ", static_cast<int>(done * 100), "%");
    if (done > 0.01) {
      line += StrCat("  ETA ", Duration(static_cast<int64_t>(seconds * (1 - done) / done)));
    }
  }
  out_ << "\r" << line << "\x1b[K" << std::flush;
}

void ProgressMeter::Done() {
  if (enabled_ && drawn_) out_ << "\r\x1b[K" << std::flush;
}

}  // namespace veilig::ctl
