#include "services/ondermijning/store/case_store.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "common/domain/calendar_date.h"
#include "common/storage/testing/test_database.h"
#include "common/theme/theme_store.h"
#include "services/ondermijning/case_counts.h"

namespace veilig::ondermijning {
namespace {

class CaseStoreTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    VEILIG_REQUIRE_TEST_DATABASE(test_db_);
    versioned_ = std::make_unique<theme::VersionedDatabase>(test_db_.db());
    ASSERT_TRUE(versioned_->Migrate(theme::ThemeStore::Migrations()).ok());
    ASSERT_TRUE(versioned_->Migrate(CaseStore::Migrations()).ok());
    store_ = std::make_unique<CaseStore>(*versioned_);
  }
  void TearDown() override { store_.reset(); }
  storage::testing::TestDatabase test_db_{GetParam()};
  std::unique_ptr<theme::VersionedDatabase> versioned_;
  std::unique_ptr<CaseStore> store_;
};

constexpr char kAlmere[] = "GM0034";
constexpr char kLelystad[] = "GM0995";

INSTANTIATE_TEST_SUITE_P(Backends, CaseStoreTest, ::testing::ValuesIn(storage::testing::Backends()),
                         [](const auto& info) { return info.param; });

TEST_P(CaseStoreTest, StartsWithTheDefaultTaxonomyAndCanExtendIt) {
  auto taxonomy = store_->LoadTaxonomy(kAlmere);
  ASSERT_TRUE(taxonomy.ok());
  ASSERT_EQ(taxonomy->categories().size(), 4u);
  EXPECT_EQ(taxonomy->categories()[0].name(), "Drugshandel");
  EXPECT_EQ(taxonomy->categories()[0].subcategories_size(), 3);
  Category fraud;
  fraud.set_name("Fraude");
  fraud.add_subcategories("Witwassen");
  ASSERT_TRUE(store_->AddToTaxonomy(kAlmere, {fraud}).ok());
  ASSERT_TRUE(store_->AddToTaxonomy(kAlmere, {fraud}).ok());
  taxonomy = store_->LoadTaxonomy(kAlmere);
  ASSERT_EQ(taxonomy->categories().size(), 5u);
  EXPECT_TRUE(taxonomy->Contains("Fraude", "Witwassen"));
  // An extension is the municipality's own; the national default is everyone's.
  auto theirs = store_->LoadTaxonomy(kLelystad);
  ASSERT_TRUE(theirs.ok());
  EXPECT_EQ(theirs->categories().size(), 4u);
  EXPECT_FALSE(theirs->Contains("Fraude", "Witwassen"));
}

TEST_P(CaseStoreTest, CasesHaveUniqueReferencesAndCountTowardsTheirPeriod) {
  EnforcementCase c;
  c.set_reference("HH-2019-1");
  c.set_category("Drugshandel");
  c.set_subcategory("Productie/vervaardiging harddrugs");
  *c.mutable_opened_on() = DateFromIso("2019-05-01");
  auto created = store_->CreateCase(kAlmere, c);
  ASSERT_TRUE(created.ok()) << created.status();
  EXPECT_EQ(created->name(), "municipalities/GM0034/cases/1");
  EXPECT_EQ(store_->CreateCase(kAlmere, c).status().code(), absl::StatusCode::kAlreadyExists);

  CaseCount count;
  count.set_category("Drugshandel");
  count.set_subcategory("Productie/vervaardiging harddrugs");
  count.set_period("2019H1");
  count.set_count(2);
  ASSERT_TRUE(store_->UpsertCounts(kAlmere, {count}).ok());
  auto data = CountCasesIn(*store_, kAlmere, Period::HalfYear(2019, 1));
  ASSERT_TRUE(data.ok());
  ASSERT_EQ(data->counts_size(), 1);
  EXPECT_EQ(data->counts(0).total(), 3);
  EXPECT_EQ(store_->UpdateCase(kAlmere, 9, c).status().code(), absl::StatusCode::kNotFound);
}

TEST_P(CaseStoreTest, EachMunicipalitySeesOnlyItsOwnCasesAndCounts) {
  EnforcementCase c;
  c.set_reference("HH-2019-1");
  c.set_category("Drugshandel");
  c.set_subcategory("Productie/vervaardiging harddrugs");
  *c.mutable_opened_on() = DateFromIso("2019-05-01");
  ASSERT_TRUE(store_->CreateCase(kAlmere, c).ok());
  // References are unique within a municipality, not across them.
  ASSERT_TRUE(store_->CreateCase(kLelystad, c).ok());
  EXPECT_FALSE(store_->GetCase(kLelystad, 1)->has_value());
  EXPECT_EQ(store_->UpdateCase(kLelystad, 1, c).status().code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(store_->ListCases(kAlmere, {}, 0, 100)->size(), 1u);
  EXPECT_EQ(CountCasesIn(*store_, kAlmere, Period::HalfYear(2019, 1))->total(), 1);
  CaseCount count;
  count.set_category("Drugshandel");
  count.set_subcategory("Productie/vervaardiging harddrugs");
  count.set_period("2019H1");
  count.set_count(5);
  ASSERT_TRUE(store_->UpsertCounts(kLelystad, {count}).ok());
  EXPECT_EQ(CountCasesIn(*store_, kAlmere, Period::HalfYear(2019, 1))->total(), 1);
  EXPECT_EQ(CountCasesIn(*store_, kLelystad, Period::HalfYear(2019, 1))->total(), 6);
}

TEST_P(CaseStoreTest, ClosingIsOneReadAndWriteWithTheDomainsRule) {
  EnforcementCase c;
  c.set_reference("HH-2019-2");
  c.set_category("Drugshandel");
  c.set_subcategory("Productie/vervaardiging harddrugs");
  *c.mutable_opened_on() = DateFromIso("2019-05-01");
  ASSERT_TRUE(store_->CreateCase(kAlmere, c).ok());
  const auto close = [](const EnforcementCase& open) {
    return CloseCase(open, DateFromIso("2019-06-01"), "Pand gesloten");
  };
  auto closed = store_->ChangeCase(kAlmere, 1, close);
  ASSERT_TRUE(closed.ok()) << closed.status();
  EXPECT_EQ(IsoDate(closed->closed_on()), "2019-06-01");
  EXPECT_EQ(store_->ChangeCase(kAlmere, 1, close).status().code(),
            absl::StatusCode::kFailedPrecondition);
}

}  // namespace
}  // namespace veilig::ondermijning
