#include "gateway/publication/publication_store.h"

#include <gtest/gtest.h>

#include "common/storage/testing/test_database.h"

// Builds a section as versions published before sections carried tables
// hold it: the typed v1 data only.
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"

namespace veilig::gateway {
namespace {

class PublicationStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(db_.available()) << db_.status();
    ASSERT_TRUE(db_.db().Migrate(PublicationStore::Migrations()).ok());
    report_.set_municipality("GM0034");
    report_.set_period("2019H1");
  }

  storage::testing::TestDatabase db_{"sqlite"};
  PublicationStore store_{db_.db()};
  report::v1::ProgressReport report_;
};

TEST_F(PublicationStoreTest, AVersionPublishedBeforeTablesReadsWithItsThemeTablesLaidOut) {
  auto* section = report_.add_sections();
  section->set_theme(common::v1::THEME_ONDERMIJNING);
  section->set_title("Ondermijning en georganiseerde criminaliteit");
  auto* line = section->mutable_ondermijning()->add_counts();
  line->set_category("Drugs");
  line->set_total(12);
  section->mutable_ondermijning()->set_total(12);
  ASSERT_TRUE(store_.Publish(report_).ok());

  auto read = store_.Get("GM0034", "2019H1", 1);
  ASSERT_TRUE(read.ok()) << read.status();
  ASSERT_TRUE(read->has_value());
  const auto& tables = (*read)->sections(0).tables();
  ASSERT_EQ(tables.size(), 1);
  EXPECT_EQ(tables[0].caption(), "Handhavingszaken interventieteam");
  ASSERT_EQ(tables[0].rows_size(), 2);
  EXPECT_EQ(tables[0].rows(0).cells(0), "Drugs");
  EXPECT_EQ(tables[0].rows(0).cells(1), "12");
  EXPECT_EQ(tables[0].rows(1).cells(0), "Totaal");
}

TEST_F(PublicationStoreTest, AVersionWithTablesReadsAsItWasPublished) {
  auto* section = report_.add_sections();
  section->set_theme(common::v1::THEME_ONDERMIJNING);
  section->mutable_ondermijning()->set_total(12);
  section->add_tables()->set_caption("Zoals gepubliceerd");
  ASSERT_TRUE(store_.Publish(report_).ok());

  auto read = store_.Get("GM0034", "2019H1", 1);
  ASSERT_TRUE(read.ok() && read->has_value());
  ASSERT_EQ((*read)->sections(0).tables_size(), 1);
  EXPECT_EQ((*read)->sections(0).tables(0).caption(), "Zoals gepubliceerd");
}

TEST_F(PublicationStoreTest, AVersionReadsTheSameFromItsBinaryCopyAsFromItsJson) {
  report_.set_municipality_name("Almere");
  auto* section = report_.add_sections();
  section->set_theme(common::v1::THEME_VEILIGE_WIJKEN);
  section->add_tables()->set_caption("Zoals gepubliceerd");
  section->set_area_signal_tests(12);
  auto published = store_.Publish(report_);
  ASSERT_TRUE(published.ok()) << published.status();
  const auto read = [this] {
    auto version = store_.Get("GM0034", "2019H1", 1);
    EXPECT_TRUE(version.ok() && version->has_value());
    return version.ok() && version->has_value() ? **version : report::v1::ProgressReport();
  };
  const auto set_copy = [this](const storage::Value& copy) {
    ASSERT_TRUE(db_.db()
                    .Write([&](storage::Connection& c) {
                      return c.Execute("UPDATE published_reports SET report_binary = $1",
                                       std::vector<storage::Value>{copy});
                    })
                    .ok());
  };
  const std::string as_published = published->SerializeAsString();
  EXPECT_EQ(read().SerializeAsString(), as_published);
  // A version published before the copy was kept, and a copy that cannot be
  // read: the JSON, to the same report.
  set_copy(std::monostate());
  EXPECT_EQ(read().SerializeAsString(), as_published);
  set_copy(std::string("not base64!"));
  EXPECT_EQ(read().SerializeAsString(), as_published);
}

}  // namespace
}  // namespace veilig::gateway
