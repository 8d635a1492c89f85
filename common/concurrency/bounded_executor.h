// A fixed set of worker threads with a bounded queue, for work that must not
// run on gRPC's callback threads (a section build reads the database and may
// take milliseconds; gRPC has only a few such threads for every call). When
// the queue is full, Submit() says so at once and the caller sheds the call,
// instead of letting a backlog grow without bound.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace veilig {

class BoundedExecutor {
 public:
  BoundedExecutor(int threads, size_t max_queued);
  // Runs what is queued, then joins the workers.
  ~BoundedExecutor();
  BoundedExecutor(const BoundedExecutor&) = delete;
  BoundedExecutor& operator=(const BoundedExecutor&) = delete;

  // False when `max_queued` tasks are already waiting: `task` was not taken.
  bool Submit(std::function<void()> task);

 private:
  void Work();

  const size_t max_queued_;
  std::mutex mutex_;
  std::condition_variable wake_;
  std::deque<std::function<void()>> queue_;
  bool stopping_ = false;
  std::vector<std::thread> workers_;
};

}  // namespace veilig
