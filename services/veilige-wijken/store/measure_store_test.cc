#include "services/veilige-wijken/store/measure_store.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "common/domain/calendar_date.h"
#include "common/storage/testing/test_database.h"
#include "common/theme/theme_store.h"

namespace veilig::veiligewijken {
namespace {

class MeasureStoreTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    VEILIG_REQUIRE_TEST_DATABASE(test_db_);
    versioned_ = std::make_unique<theme::VersionedDatabase>(test_db_.db());
    ASSERT_TRUE(versioned_->Migrate(theme::ThemeStore::Migrations()).ok());
    ASSERT_TRUE(versioned_->Migrate(MeasureStore::Migrations()).ok());
    store_ = std::make_unique<MeasureStore>(*versioned_);
  }
  void TearDown() override { store_.reset(); }
  static v1::Measure Make(v1::MeasureKind kind, const std::string& from, const std::string& until,
                          const std::string& description) {
    v1::Measure m;
    m.set_kind(kind);
    *m.mutable_decided_on() = DateFromIso(from);
    *m.mutable_valid_from() = DateFromIso(from);
    *m.mutable_valid_until() = DateFromIso(until);
    m.set_area("Almere Centrum");
    m.set_description(description);
    return m;
  }
  storage::testing::TestDatabase test_db_{GetParam()};
  std::unique_ptr<theme::VersionedDatabase> versioned_;
  std::unique_ptr<MeasureStore> store_;
};

INSTANTIATE_TEST_SUITE_P(Backends, MeasureStoreTest,
                         ::testing::ValuesIn(storage::testing::Backends()),
                         [](const auto& info) { return info.param; });

constexpr char kAlmere[] = "GM0034";
constexpr char kLelystad[] = "GM0995";

TEST_P(MeasureStoreTest, InForceAndExpiringQueries) {
  ASSERT_TRUE(
      store_
          ->ImportMeasures(kAlmere, {Make(v1::MEASURE_KIND_ALCOHOL_CANNABIS_BAN, "2017-07-01",
                                          "2019-06-30", "oud besluit"),
                                     Make(v1::MEASURE_KIND_ALCOHOL_CANNABIS_BAN, "2019-07-01",
                                          "2021-06-30", "nieuw besluit"),
                                     Make(v1::MEASURE_KIND_KNIFE_BAN, "2019-07-01", "", "messen")})
          .ok());
  MeasureFilter in_force;
  in_force.in_force_on = "2019-06-30";
  auto on_june_30 = store_->ListMeasures(kAlmere, in_force, 0, 100);
  ASSERT_TRUE(on_june_30.ok());
  ASSERT_EQ(on_june_30->size(), 1u);
  EXPECT_EQ(on_june_30->front().description(), "oud besluit");
  in_force.in_force_on = "2019-07-01";
  EXPECT_EQ(store_->ListMeasures(kAlmere, in_force, 0, 100)->size(), 2u);

  MeasureFilter expiring;
  expiring.expiring_from = "2019-05-01";
  expiring.expiring_to = "2019-07-30";
  auto soon = store_->ListMeasures(kAlmere, expiring, 0, 100);
  ASSERT_EQ(soon->size(), 1u);
  EXPECT_EQ(soon->front().description(), "oud besluit");

  MeasureFilter knives;
  knives.kind = v1::MEASURE_KIND_KNIFE_BAN;
  EXPECT_EQ(store_->ListMeasures(kAlmere, knives, 0, 100)->size(), 1u);
}

TEST_P(MeasureStoreTest, CrudWithNamesAndNaturalKeys) {
  auto created = store_->CreateMeasure(kAlmere, Make(v1::MEASURE_KIND_SECURITY_RISK_AREA,
                                                     "2019-04-26", "2019-04-27", "Koningsnacht"));
  ASSERT_TRUE(created.ok());
  EXPECT_EQ(created->name(), "municipalities/GM0034/measures/1");
  EXPECT_EQ(store_
                ->CreateMeasure(kAlmere, Make(v1::MEASURE_KIND_SECURITY_RISK_AREA, "2019-04-26",
                                              "2019-04-27", "Koningsnacht"))
                .status()
                .code(),
            absl::StatusCode::kAlreadyExists);
  auto changed =
      Make(v1::MEASURE_KIND_SECURITY_RISK_AREA, "2019-04-26", "2019-04-28", "Koningsnacht");
  ASSERT_TRUE(store_->UpdateMeasure(kAlmere, 1, changed).ok());
  EXPECT_EQ(IsoDate((*store_->GetMeasure(kAlmere, 1))->valid_until()), "2019-04-28");
  ASSERT_TRUE(store_->DeleteMeasure(kAlmere, 1).ok());
  EXPECT_EQ(store_->DeleteMeasure(kAlmere, 1).code(), absl::StatusCode::kNotFound);
}

TEST_P(MeasureStoreTest, ADeletedMeasuresNameIsNeverGivenAgain) {
  const auto m = Make(v1::MEASURE_KIND_KNIFE_BAN, "2019-07-01", "", "messen");
  auto first = store_->CreateMeasure(kAlmere, m);
  ASSERT_TRUE(first.ok());
  ASSERT_TRUE(store_->DeleteMeasure(kAlmere, 1).ok());
  auto second = store_->CreateMeasure(kAlmere, m);
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(first->name(), "municipalities/GM0034/measures/1");
  EXPECT_EQ(second->name(), "municipalities/GM0034/measures/2");
}

TEST_P(MeasureStoreTest, EachMunicipalitySeesOnlyItsOwnRecords) {
  const auto m = Make(v1::MEASURE_KIND_KNIFE_BAN, "2019-07-01", "", "messen");
  auto almere = store_->CreateMeasure(kAlmere, m);
  ASSERT_TRUE(almere.ok());
  // The same measure is a record of its own in another municipality.
  auto lelystad = store_->CreateMeasure(kLelystad, m);
  ASSERT_TRUE(lelystad.ok()) << lelystad.status();
  EXPECT_EQ(lelystad->name(), "municipalities/GM0995/measures/2");
  // Another municipality's id is as absent as a deleted one, for every verb.
  EXPECT_FALSE(store_->GetMeasure(kLelystad, 1)->has_value());
  EXPECT_EQ(store_->UpdateMeasure(kLelystad, 1, m).status().code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(store_->DeleteMeasure(kLelystad, 1).code(), absl::StatusCode::kNotFound);
  EXPECT_TRUE(store_->GetMeasure(kAlmere, 1)->has_value());
  EXPECT_EQ(store_->ListMeasures(kAlmere, {}, 0, 100)->size(), 1u);

  v1::WatchTeam team;
  team.set_name("Buurtpreventie Haven");
  team.set_status(v1::WATCH_TEAM_STATUS_ACTIVE);
  ASSERT_TRUE(store_->UpsertWatchTeams(kAlmere, {team}).ok());
  v1::KvoCertificate certificate;
  certificate.set_park("De Vaart");
  certificate.set_level("KVO-B ster 1");
  *certificate.mutable_certified_until() = DateFromIso("2021-01-01");
  ASSERT_TRUE(store_->UpsertCertificates(kAlmere, {certificate}).ok());
  EXPECT_EQ(store_->ListWatchTeams(kAlmere, 0, 100)->size(), 1u);
  EXPECT_TRUE(store_->ListWatchTeams(kLelystad, 0, 100)->empty());
  EXPECT_EQ(store_->ListCertificates(kAlmere, 0, 100)->size(), 1u);
  EXPECT_TRUE(store_->ListCertificates(kLelystad, 0, 100)->empty());
}

TEST_P(MeasureStoreTest, ImportIsIdempotentAndAllOrNothing) {
  const auto m = Make(v1::MEASURE_KIND_KNIFE_BAN, "2019-07-01", "", "messen");
  ASSERT_TRUE(store_->ImportMeasures(kAlmere, {m}).ok());
  ASSERT_TRUE(store_->ImportMeasures(kAlmere, {m}).ok());
  EXPECT_EQ(store_->ListMeasures(kAlmere, {}, 0, 100)->size(), 1u);
}

}  // namespace
}  // namespace veilig::veiligewijken
