// One computation per key at a time: the first caller to miss starts it, and
// callers who miss the same key while it runs wait for that result instead of
// starting their own. Without it, a burst of calls for a section that just
// changed would each load and build the same section.
#pragma once

#include <functional>
#include <map>
#include <mutex>
#include <utility>
#include <vector>

namespace veilig {

template <typename Key, typename Result>
class SingleFlight {
 public:
  using Waiter = std::function<void(const Result&)>;

  // Adds `waiter` to the flight for `key`. Returns true when the caller
  // started the flight and must run it and call Land(); false when it joined
  // one in the air.
  bool Join(const Key& key, Waiter waiter) {
    std::lock_guard lock(mutex_);
    auto [it, started] = flights_.try_emplace(key);
    it->second.push_back(std::move(waiter));
    return started;
  }

  // Ends the flight for `key`: every waiter gets `result`, outside the lock,
  // and the next Join() starts a new flight.
  void Land(const Key& key, const Result& result) {
    std::vector<Waiter> waiters;
    {
      std::lock_guard lock(mutex_);
      auto it = flights_.find(key);
      if (it == flights_.end()) return;
      waiters = std::move(it->second);
      flights_.erase(it);
    }
    for (auto& waiter : waiters) waiter(result);
  }

 private:
  std::mutex mutex_;
  std::map<Key, std::vector<Waiter>> flights_;
};

}  // namespace veilig
