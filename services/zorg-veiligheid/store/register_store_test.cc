#include "services/zorg-veiligheid/store/register_store.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "common/storage/testing/test_database.h"
#include "common/theme/theme_store.h"
#include "services/zorg-veiligheid/register_section.h"

namespace veilig::zorgveiligheid {
namespace {

class RegisterStoreTest : public ::testing::TestWithParam<std::string> {
 protected:
  storage::testing::TestDatabase test_db_{GetParam()};
};

INSTANTIATE_TEST_SUITE_P(Backends, RegisterStoreTest,
                         ::testing::ValuesIn(storage::testing::Backends()),
                         [](const auto& info) { return info.param; });

TEST_P(RegisterStoreTest, SectionShowsThreeHalfYearsAndTheYearsTargets) {
  VEILIG_REQUIRE_TEST_DATABASE(test_db_);
  {
    theme::VersionedDatabase versioned(test_db_.db());
    ASSERT_TRUE(versioned.Migrate(theme::ThemeStore::Migrations()).ok());
    ASSERT_TRUE(versioned.Migrate(RegisterStore::Migrations()).ok());
    RegisterStore store(versioned);
    std::vector<v1::RegisterCount> counts;
    for (auto [period, n] : {std::pair{"2018H1", 23}, {"2018H2", 11}, {"2019H1", 18}}) {
      v1::RegisterCount& c = counts.emplace_back();
      c.set_register_(v1::REGISTER_RESTRAINING_ORDERS);
      c.set_period(period);
      c.set_count(n);
    }
    v1::RegisterCount lessons;
    lessons.set_register_(v1::REGISTER_SCHOOL_LESSONS_PRIMARY);
    lessons.set_period("2019H1");
    lessons.set_count(109);
    counts.push_back(lessons);
    v1::RegisterTarget target;
    target.add_registers(v1::REGISTER_SCHOOL_LESSONS_PRIMARY);
    target.add_registers(v1::REGISTER_SCHOOL_LESSONS_SECONDARY);
    target.set_year(2019);
    target.set_target(380);
    ASSERT_TRUE(store.Upsert("GM0034", counts, {target}).ok());
    ASSERT_TRUE(store.Upsert("GM0034", counts, {target}).ok());  // idempotent

    // Another municipality's registers are empty until it keeps its own.
    auto theirs = RegisterSection(store, "GM0995", Period::HalfYear(2019, 1));
    ASSERT_TRUE(theirs.ok()) << theirs.status();
    EXPECT_EQ(theirs->registers_size(), 0);
    EXPECT_EQ(theirs->targets_size(), 0);

    auto data = RegisterSection(store, "GM0034", Period::HalfYear(2019, 1));
    ASSERT_TRUE(data.ok()) << data.status();
    ASSERT_EQ(data->registers_size(), 2);
    const auto& orders = data->registers(0);
    EXPECT_EQ(orders.label(), "Opgelegde huisverboden");
    ASSERT_EQ(orders.counts_size(), 3);
    EXPECT_EQ(orders.counts(0).count(), 23);
    EXPECT_EQ(orders.counts(1).count(), 11);
    EXPECT_EQ(orders.counts(2).count(), 18);
    EXPECT_EQ(data->registers(1).counts_size(), 1);  // no earlier lessons: gaps, not zeros
    ASSERT_EQ(data->targets_size(), 1);
    EXPECT_EQ(data->targets(0).target(), 380);
    EXPECT_EQ(data->targets(0).registers_size(), 2);
  }
}

}  // namespace
}  // namespace veilig::zorgveiligheid
