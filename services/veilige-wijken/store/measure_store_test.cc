#include "services/veilige-wijken/store/measure_store.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "common/storage/testing/test_database.h"

namespace veilig::veiligewijken {
namespace {

class MeasureStoreTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    if (!test_db_.available()) GTEST_SKIP() << test_db_.status();
    ASSERT_TRUE(test_db_.db().Migrate(MeasureStore::Migrations()).ok());
    store_ = std::make_unique<MeasureStore>(test_db_.db());
  }
  void TearDown() override { store_.reset(); }
  static v1::Measure Make(v1::MeasureKind kind, const std::string& from, const std::string& until,
                          const std::string& description) {
    v1::Measure m;
    m.set_kind(kind);
    m.set_decided_on(from);
    m.set_valid_from(from);
    m.set_valid_until(until);
    m.set_area("Almere Centrum");
    m.set_description(description);
    return m;
  }
  storage::testing::TestDatabase test_db_{GetParam()};
  std::unique_ptr<MeasureStore> store_;
};

INSTANTIATE_TEST_SUITE_P(Backends, MeasureStoreTest,
                         ::testing::ValuesIn(storage::testing::Backends()),
                         [](const auto& info) { return info.param; });

TEST_P(MeasureStoreTest, InForceAndExpiringQueries) {
  ASSERT_TRUE(store_
                  ->ImportMeasures({Make(v1::MEASURE_KIND_ALCOHOL_CANNABIS_BAN, "2017-07-01",
                                         "2019-06-30", "oud besluit"),
                                    Make(v1::MEASURE_KIND_ALCOHOL_CANNABIS_BAN, "2019-07-01",
                                         "2021-06-30", "nieuw besluit"),
                                    Make(v1::MEASURE_KIND_KNIFE_BAN, "2019-07-01", "", "messen")})
                  .ok());
  MeasureFilter in_force;
  in_force.in_force_on = "2019-06-30";
  auto on_june_30 = store_->ListMeasures(in_force, 0, 100);
  ASSERT_TRUE(on_june_30.ok());
  ASSERT_EQ(on_june_30->size(), 1u);
  EXPECT_EQ(on_june_30->front().description(), "oud besluit");
  in_force.in_force_on = "2019-07-01";
  EXPECT_EQ(store_->ListMeasures(in_force, 0, 100)->size(), 2u);

  MeasureFilter expiring;
  expiring.expiring_from = "2019-05-01";
  expiring.expiring_to = "2019-07-30";
  auto soon = store_->ListMeasures(expiring, 0, 100);
  ASSERT_EQ(soon->size(), 1u);
  EXPECT_EQ(soon->front().description(), "oud besluit");

  MeasureFilter knives;
  knives.kind = v1::MEASURE_KIND_KNIFE_BAN;
  EXPECT_EQ(store_->ListMeasures(knives, 0, 100)->size(), 1u);
}

TEST_P(MeasureStoreTest, CrudWithNamesAndNaturalKeys) {
  auto created = store_->CreateMeasure(
      Make(v1::MEASURE_KIND_SECURITY_RISK_AREA, "2019-04-26", "2019-04-27", "Koningsnacht"));
  ASSERT_TRUE(created.ok());
  EXPECT_EQ(created->name(), "measures/1");
  EXPECT_EQ(store_
                ->CreateMeasure(Make(v1::MEASURE_KIND_SECURITY_RISK_AREA, "2019-04-26",
                                     "2019-04-27", "Koningsnacht"))
                .status()
                .code(),
            absl::StatusCode::kAlreadyExists);
  auto changed =
      Make(v1::MEASURE_KIND_SECURITY_RISK_AREA, "2019-04-26", "2019-04-28", "Koningsnacht");
  ASSERT_TRUE(store_->UpdateMeasure(1, changed).ok());
  EXPECT_EQ((*store_->GetMeasure(1))->valid_until(), "2019-04-28");
  ASSERT_TRUE(store_->DeleteMeasure(1).ok());
  EXPECT_EQ(store_->DeleteMeasure(1).code(), absl::StatusCode::kNotFound);
}

TEST_P(MeasureStoreTest, ImportIsIdempotentAndAllOrNothing) {
  const auto m = Make(v1::MEASURE_KIND_KNIFE_BAN, "2019-07-01", "", "messen");
  ASSERT_TRUE(store_->ImportMeasures({m}).ok());
  ASSERT_TRUE(store_->ImportMeasures({m}).ok());
  EXPECT_EQ(store_->ListMeasures({}, 0, 100)->size(), 1u);
}

}  // namespace
}  // namespace veilig::veiligewijken
