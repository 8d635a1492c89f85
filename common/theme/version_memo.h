// The data versions of each municipality as last read from the database, so
// that a call for a section already built can be answered from memory on
// gRPC's thread without reading the version table. A remembered version is
// trusted for `recheck` after it was read; a write through this process
// forgets it at once (read-your-writes), a write through another replica on
// the same database is seen at most `recheck` later. Zero: read every time.
#pragma once

#include <chrono>
#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <string>

#include "common/theme/data_versions.h"

namespace veilig::theme {

class VersionMemo {
 public:
  using Clock = std::chrono::steady_clock;

  explicit VersionMemo(std::chrono::milliseconds recheck) : recheck_(recheck) {}

  // The versions of `municipality`, when read less than `recheck` before
  // `now` and not forgotten since.
  std::optional<DataVersions> Fresh(const std::string& municipality, Clock::time_point now) const;

  // Taken before reading the versions: a write forgotten in between makes
  // Remember() drop what was read, as it may predate the write.
  struct Ticket {
    std::string municipality;
    int64_t generation = 0;
  };
  Ticket BeforeRead(const std::string& municipality) const;
  void Remember(const Ticket& ticket, const DataVersions& versions, Clock::time_point read_at);

  // After a committed write: the figures (every municipality) or one
  // municipality's records changed.
  void Forget(bool figures, const std::string& municipality);

 private:
  struct Entry {
    DataVersions versions;
    Clock::time_point read_at;
  };
  int64_t GenerationLocked(const std::string& municipality) const;

  const std::chrono::milliseconds recheck_;
  mutable std::mutex mutex_;
  std::map<std::string, Entry> entries_;
  // Counted up by every write: the figures' for all, each municipality's own.
  int64_t figures_generation_ = 0;
  std::map<std::string, int64_t> generations_;
};

}  // namespace veilig::theme
