// The plan's baseline year of each municipality as last read, under the
// version of the municipality's records it was read at: every signals check
// and section build needs it, and it changes only with the plan.
#pragma once

#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <string>

namespace veilig::theme {

class PlanBaselineMemo {
 public:
  // The year remembered for `municipality` at `records_version`, if any
  // (the outer optional); a municipality without a plan has none (the inner).
  std::optional<std::optional<int>> Find(const std::string& municipality,
                                         int64_t records_version) const {
    std::lock_guard lock(mutex_);
    auto it = years_.find(municipality);
    if (it == years_.end() || it->second.records_version != records_version) return std::nullopt;
    return it->second.year;
  }

  // Read after the records' version: the year is at least as new as the
  // version, so it is never kept under a version it predates.
  void Remember(const std::string& municipality, int64_t records_version, std::optional<int> year) {
    std::lock_guard lock(mutex_);
    years_[municipality] = {records_version, year};
  }

 private:
  struct Entry {
    int64_t records_version = 0;
    std::optional<int> year;
  };
  mutable std::mutex mutex_;
  std::map<std::string, Entry> years_;
};

}  // namespace veilig::theme
