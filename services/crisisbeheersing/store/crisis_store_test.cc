#include "services/crisisbeheersing/store/crisis_store.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "common/domain/calendar_date.h"
#include "common/storage/testing/test_database.h"
#include "common/theme/theme_store.h"

namespace veilig::crisisbeheersing {
namespace {

class CrisisStoreTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    VEILIG_REQUIRE_TEST_DATABASE(test_db_);
    versioned_ = std::make_unique<theme::VersionedDatabase>(test_db_.db());
    ASSERT_TRUE(versioned_->Migrate(theme::ThemeStore::Migrations()).ok());
    ASSERT_TRUE(versioned_->Migrate(CrisisStore::Migrations()).ok());
    store_ = std::make_unique<CrisisStore>(*versioned_);
  }
  void TearDown() override { store_.reset(); }
  static v1::Incident Make(const std::string& date, const std::string& title, v1::GripLevel grip) {
    v1::Incident i;
    *i.mutable_date() = DateFromIso(date);
    i.set_title(title);
    i.set_location("Almere");
    i.set_category("brand");
    i.set_grip(grip);
    return i;
  }
  storage::testing::TestDatabase test_db_{GetParam()};
  std::unique_ptr<theme::VersionedDatabase> versioned_;
  std::unique_ptr<CrisisStore> store_;
};

constexpr char kAlmere[] = "GM0034";
constexpr char kLelystad[] = "GM0995";

INSTANTIATE_TEST_SUITE_P(Backends, CrisisStoreTest,
                         ::testing::ValuesIn(storage::testing::Backends()),
                         [](const auto& info) { return info.param; });

TEST_P(CrisisStoreTest, CreateGetUpdateDelete) {
  auto created = store_->CreateIncident(
      kAlmere, Make("2019-03-09", "Brand containerwoning", v1::GRIP_LEVEL_1));
  ASSERT_TRUE(created.ok()) << created.status();
  EXPECT_EQ(created->name(), "municipalities/GM0034/incidents/1");
  auto again = store_->CreateIncident(
      kAlmere, Make("2019-03-09", "Brand containerwoning", v1::GRIP_LEVEL_1));
  EXPECT_EQ(again.status().code(), absl::StatusCode::kAlreadyExists);

  auto changed = Make("2019-03-09", "Brand containerwoning Odeonstraat", v1::GRIP_LEVEL_2);
  ASSERT_TRUE(store_->UpdateIncident(kAlmere, 1, changed).ok());
  auto fetched = store_->GetIncident(kAlmere, 1);
  ASSERT_TRUE(fetched.ok() && fetched->has_value());
  EXPECT_EQ((*fetched)->title(), "Brand containerwoning Odeonstraat");
  EXPECT_EQ((*fetched)->grip(), v1::GRIP_LEVEL_2);
  EXPECT_EQ(store_->UpdateIncident(kAlmere, 7, changed).status().code(),
            absl::StatusCode::kNotFound);

  ASSERT_TRUE(store_->DeleteIncident(kAlmere, 1).ok());
  EXPECT_EQ(store_->DeleteIncident(kAlmere, 1).code(), absl::StatusCode::kNotFound);
  EXPECT_FALSE(store_->GetIncident(kAlmere, 1)->has_value());
}

TEST_P(CrisisStoreTest, ListsByPeriodAndMinimumGripAndImportsIdempotently) {
  const std::vector<v1::Incident> incidents = {
      Make("2018-12-31", "Oud", v1::GRIP_LEVEL_NONE),
      Make("2019-02-04", "Woningbrand", v1::GRIP_LEVEL_NONE),
      Make("2019-03-09", "Containerwoning", v1::GRIP_LEVEL_1),
      Make("2019-06-24", "112-storing", v1::GRIP_LEVEL_2),
      Make("2019-07-01", "Later", v1::GRIP_LEVEL_3)};
  ASSERT_TRUE(store_->ImportIncidents(kAlmere, incidents).ok());
  ASSERT_TRUE(store_->ImportIncidents(kAlmere, incidents).ok());  // repeated: no duplicates
  IncidentFilter filter{"2019-01-01", "2019-06-30", v1::GRIP_LEVEL_UNSPECIFIED};
  auto in_half = store_->ListIncidents(kAlmere, filter, 0, 100);
  ASSERT_TRUE(in_half.ok());
  ASSERT_EQ(in_half->size(), 3u);
  EXPECT_EQ(in_half->front().title(), "Woningbrand");
  filter.min_grip = v1::GRIP_LEVEL_1;
  EXPECT_EQ(store_->ListIncidents(kAlmere, filter, 0, 100)->size(), 2u);
  EXPECT_EQ(store_->ListIncidents(kAlmere, {}, 0, 100)->size(), 5u);
  EXPECT_EQ(store_->ListIncidents(kAlmere, {}, 4, 100)->size(), 1u);
}

TEST_P(CrisisStoreTest, PoolsKeepDeploymentsPerPeriodAndFlagUnderstaffing) {
  v1::OnCallPool pool;
  pool.set_function("Teamleider Bevolkingszorg");
  pool.set_scope(v1::POOL_SCOPE_INTERREGIONAL);
  pool.set_required(8);
  pool.set_filled(7);
  auto* d = pool.add_deployments();
  d->set_period("2019H1");
  d->set_count(2);
  ASSERT_TRUE(store_->UpsertPools(kAlmere, {pool}).ok());
  d->set_period("2019H2");
  d->set_count(5);
  ASSERT_TRUE(store_->UpsertPools(kAlmere, {pool}).ok());
  auto pools = store_->ListPools(kAlmere);
  ASSERT_TRUE(pools.ok());
  ASSERT_EQ(pools->size(), 1u);
  EXPECT_TRUE(pools->front().understaffed());
  ASSERT_EQ(pools->front().deployments_size(), 2);
  EXPECT_EQ(pools->front().deployments(1).count(), 5);
}

TEST_P(CrisisStoreTest, EventsOverlappingAPeriod) {
  v1::EventAdvice e;
  e.set_event("Koningsnacht");
  *e.mutable_start_date() = DateFromIso("2019-06-29");
  *e.mutable_end_date() = DateFromIso("2019-07-02");
  e.set_risk_class("B");
  e.set_advice("Advies");
  ASSERT_TRUE(store_->UpsertEvents(kAlmere, {e}).ok());
  EXPECT_EQ(store_->ListEvents(kAlmere, "2019-01-01", "2019-06-30")->size(), 1u);
  EXPECT_EQ(store_->ListEvents(kAlmere, "2019-07-03", "2019-12-31")->size(), 0u);
}

TEST_P(CrisisStoreTest, EachMunicipalitySeesOnlyItsOwnRecords) {
  const auto fire = Make("2019-03-09", "Brand containerwoning", v1::GRIP_LEVEL_1);
  ASSERT_TRUE(store_->CreateIncident(kAlmere, fire).ok());
  // The same incident registered by another municipality is its own record.
  auto theirs = store_->CreateIncident(kLelystad, fire);
  ASSERT_TRUE(theirs.ok()) << theirs.status();
  EXPECT_EQ(theirs->name(), "municipalities/GM0995/incidents/2");
  EXPECT_FALSE(store_->GetIncident(kLelystad, 1)->has_value());
  EXPECT_EQ(store_->UpdateIncident(kLelystad, 1, fire).status().code(),
            absl::StatusCode::kNotFound);
  EXPECT_EQ(store_->DeleteIncident(kLelystad, 1).code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(store_->ListIncidents(kAlmere, {}, 0, 100)->size(), 1u);

  v1::OnCallPool pool;
  pool.set_function("Officier van Dienst Bevolkingszorg");
  pool.set_required(6);
  pool.set_filled(6);
  ASSERT_TRUE(store_->UpsertPools(kAlmere, {pool}).ok());
  v1::EventAdvice event;
  event.set_event("Koningsnacht");
  *event.mutable_start_date() = DateFromIso("2019-04-26");
  *event.mutable_end_date() = DateFromIso("2019-04-27");
  ASSERT_TRUE(store_->UpsertEvents(kAlmere, {event}).ok());
  EXPECT_EQ(store_->ListPools(kAlmere)->size(), 1u);
  EXPECT_TRUE(store_->ListPools(kLelystad)->empty());
  EXPECT_EQ(store_->ListEvents(kAlmere, "", "")->size(), 1u);
  EXPECT_TRUE(store_->ListEvents(kLelystad, "", "")->empty());
}

}  // namespace
}  // namespace veilig::crisisbeheersing
