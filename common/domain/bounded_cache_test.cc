#include "common/domain/bounded_cache.h"

#include <gtest/gtest.h>

#include <string>

namespace veilig {
namespace {

TEST(BoundedCacheTest, KeepsFindsAndReplaces) {
  BoundedCache<std::string, int> cache(4);
  EXPECT_FALSE(cache.Find("GM0034").has_value());
  cache.Keep("GM0034", 1);
  EXPECT_EQ(cache.Find("GM0034"), 1);
  cache.Keep("GM0034", 2);
  EXPECT_EQ(cache.Find("GM0034"), 2);
}

TEST(BoundedCacheTest, StartsOverWhenFull) {
  BoundedCache<int, int> cache(2);
  cache.Keep(1, 10);
  cache.Keep(2, 20);
  cache.Keep(3, 30);  // full: the first two are let go
  EXPECT_FALSE(cache.Find(1).has_value());
  EXPECT_FALSE(cache.Find(2).has_value());
  EXPECT_EQ(cache.Find(3), 30);
}

}  // namespace
}  // namespace veilig
