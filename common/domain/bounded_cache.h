// Values derived from data and kept to be served again, shared between
// threads and bounded: when full, it starts over. What is read often is back
// after one miss, and nothing has to track which entry was used last.
#pragma once

#include <cstddef>
#include <map>
#include <mutex>
#include <optional>
#include <utility>

namespace veilig {

template <typename Key, typename Value>
class BoundedCache {
 public:
  explicit BoundedCache(size_t max_entries) : max_entries_(max_entries) {}

  // The value kept under `key`, if any.
  std::optional<Value> Find(const Key& key) const {
    std::lock_guard lock(mutex_);
    auto it = entries_.find(key);
    if (it == entries_.end()) return std::nullopt;
    return it->second;
  }

  void Keep(Key key, Value value) {
    std::lock_guard lock(mutex_);
    if (entries_.size() >= max_entries_) entries_.clear();
    entries_.insert_or_assign(std::move(key), std::move(value));
  }

  void Forget(const Key& key) {
    std::lock_guard lock(mutex_);
    entries_.erase(key);
  }

 private:
  const size_t max_entries_;
  mutable std::mutex mutex_;
  std::map<Key, Value> entries_;
};

}  // namespace veilig
