#include "common/theme/version_memo.h"

#include <gtest/gtest.h>

namespace veilig::theme {
namespace {

using std::chrono::milliseconds;

const VersionMemo::Clock::time_point kT0{};

TEST(VersionMemoTest, VersionsReadAreTrustedForTheRecheckTimeOnly) {
  VersionMemo memo(milliseconds(1000));
  EXPECT_FALSE(memo.Fresh("GM0034", kT0).has_value());
  memo.Remember(memo.BeforeRead("GM0034"), {.figures = 3, .municipality = 5}, kT0);
  ASSERT_TRUE(memo.Fresh("GM0034", kT0 + milliseconds(999)).has_value());
  EXPECT_EQ(*memo.Fresh("GM0034", kT0 + milliseconds(999)),
            (DataVersions{.figures = 3, .municipality = 5}));
  EXPECT_FALSE(memo.Fresh("GM0034", kT0 + milliseconds(1000)).has_value());
  EXPECT_FALSE(memo.Fresh("GM0363", kT0).has_value());
}

TEST(VersionMemoTest, AWriteThroughThisProcessIsSeenAtOnce) {
  VersionMemo memo(milliseconds(1000));
  memo.Remember(memo.BeforeRead("GM0034"), {1, 1}, kT0);
  memo.Remember(memo.BeforeRead("GM0363"), {1, 1}, kT0);
  memo.Forget(false, "GM0034");
  EXPECT_FALSE(memo.Fresh("GM0034", kT0).has_value());
  // Another municipality's versions stay.
  EXPECT_TRUE(memo.Fresh("GM0363", kT0).has_value());
  // The shared figures belong to every municipality's section.
  memo.Forget(true, "");
  EXPECT_FALSE(memo.Fresh("GM0363", kT0).has_value());
}

TEST(VersionMemoTest, VersionsReadBeforeAWriteAreNotRememberedAfterIt) {
  VersionMemo memo(milliseconds(1000));
  const auto own = memo.BeforeRead("GM0034");
  memo.Forget(false, "GM0034");
  memo.Remember(own, {1, 1}, kT0);
  EXPECT_FALSE(memo.Fresh("GM0034", kT0).has_value());

  const auto figures = memo.BeforeRead("GM0034");
  memo.Forget(true, "");
  memo.Remember(figures, {1, 1}, kT0);
  EXPECT_FALSE(memo.Fresh("GM0034", kT0).has_value());

  memo.Remember(memo.BeforeRead("GM0034"), {2, 2}, kT0);
  EXPECT_TRUE(memo.Fresh("GM0034", kT0).has_value());
}

TEST(VersionMemoTest, ZeroRecheckReadsEveryTime) {
  VersionMemo memo(milliseconds(0));
  memo.Remember(memo.BeforeRead("GM0034"), {1, 1}, kT0);
  EXPECT_FALSE(memo.Fresh("GM0034", kT0).has_value());
}

}  // namespace
}  // namespace veilig::theme
