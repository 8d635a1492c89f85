#include "common/concurrency/bounded_executor.h"

#include <gtest/gtest.h>

#include <atomic>
#include <future>

namespace veilig {
namespace {

TEST(BoundedExecutorTest, RunsEveryTaskItTookBeforeItIsDestroyed) {
  std::atomic<int> ran{0};
  int taken = 0;
  {
    BoundedExecutor executor(2, 1000);
    for (int i = 0; i < 100; ++i) taken += executor.Submit([&ran] { ++ran; }) ? 1 : 0;
  }
  EXPECT_EQ(taken, 100);
  EXPECT_EQ(ran.load(), 100);
}

TEST(BoundedExecutorTest, AFullQueueRefusesAtOnceInsteadOfGrowing) {
  BoundedExecutor executor(1, 2);
  std::promise<void> release;
  std::shared_future<void> released = release.get_future().share();
  std::promise<void> started;
  // The one worker is held by the first task; two more fill the queue.
  ASSERT_TRUE(executor.Submit([&started, released] {
    started.set_value();
    released.wait();
  }));
  started.get_future().wait();
  EXPECT_TRUE(executor.Submit([] {}));
  EXPECT_TRUE(executor.Submit([] {}));
  EXPECT_FALSE(executor.Submit([] {}));
  release.set_value();
}

}  // namespace
}  // namespace veilig
