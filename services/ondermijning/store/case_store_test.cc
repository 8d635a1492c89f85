#include "services/ondermijning/store/case_store.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "common/storage/testing/test_database.h"
#include "services/ondermijning/case_counts.h"

namespace veilig::ondermijning {
namespace {

class CaseStoreTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    if (!test_db_.available()) GTEST_SKIP() << test_db_.status();
    ASSERT_TRUE(test_db_.db().Migrate(CaseStore::Migrations()).ok());
    store_ = std::make_unique<CaseStore>(test_db_.db());
  }
  void TearDown() override { store_.reset(); }
  storage::testing::TestDatabase test_db_{GetParam()};
  std::unique_ptr<CaseStore> store_;
};

INSTANTIATE_TEST_SUITE_P(Backends, CaseStoreTest, ::testing::ValuesIn(storage::testing::Backends()),
                         [](const auto& info) { return info.param; });

TEST_P(CaseStoreTest, StartsWithTheDefaultTaxonomyAndCanExtendIt) {
  auto taxonomy = store_->LoadTaxonomy();
  ASSERT_TRUE(taxonomy.ok());
  ASSERT_EQ(taxonomy->categories().size(), 4u);
  EXPECT_EQ(taxonomy->categories()[0].name(), "Drugshandel");
  EXPECT_EQ(taxonomy->categories()[0].subcategories_size(), 3);
  Category fraud;
  fraud.set_name("Fraude");
  fraud.add_subcategories("Witwassen");
  ASSERT_TRUE(store_->AddToTaxonomy({fraud}).ok());
  ASSERT_TRUE(store_->AddToTaxonomy({fraud}).ok());
  taxonomy = store_->LoadTaxonomy();
  ASSERT_EQ(taxonomy->categories().size(), 5u);
  EXPECT_TRUE(taxonomy->Contains("Fraude", "Witwassen"));
}

TEST_P(CaseStoreTest, CasesHaveUniqueReferencesAndCountTowardsTheirPeriod) {
  EnforcementCase c;
  c.set_reference("HH-2019-1");
  c.set_category("Drugshandel");
  c.set_subcategory("Productie/vervaardiging harddrugs");
  c.set_opened_on("2019-05-01");
  auto created = store_->CreateCase(c);
  ASSERT_TRUE(created.ok()) << created.status();
  EXPECT_EQ(created->name(), "cases/1");
  EXPECT_EQ(store_->CreateCase(c).status().code(), absl::StatusCode::kAlreadyExists);

  CaseCount count;
  count.set_category("Drugshandel");
  count.set_subcategory("Productie/vervaardiging harddrugs");
  count.set_period("2019H1");
  count.set_count(2);
  ASSERT_TRUE(store_->UpsertCounts({count}).ok());
  auto data = CountCasesIn(*store_, Period::HalfYear(2019, 1));
  ASSERT_TRUE(data.ok());
  ASSERT_EQ(data->counts_size(), 1);
  EXPECT_EQ(data->counts(0).total(), 3);
  EXPECT_EQ(store_->UpdateCase(9, c).status().code(), absl::StatusCode::kNotFound);
}

}  // namespace
}  // namespace veilig::ondermijning
