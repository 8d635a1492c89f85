#include "common/import/open_data_routing.h"

#include <gtest/gtest.h>

namespace veilig::import {
namespace {

common::v1::Indicator Indicator(const std::string& id, std::vector<std::string> codes) {
  common::v1::Indicator indicator;
  indicator.set_id(id);
  for (auto& code : codes) indicator.add_police_codes(code);
  return indicator;
}

PoliceOpenDataRow Row(std::string crime_type, std::string region, std::optional<int64_t> count) {
  PoliceOpenDataRow row;
  row.crime_type = std::move(crime_type);
  row.region = std::move(region);
  row.period = "2019M01";
  row.count = count;
  return row;
}

class OpenDataRouterTest : public ::testing::Test {
 protected:
  OpenDataRouter router_{{{"veilige-wijken", Indicator("woninginbraak", {"1.1.1"})},
                          {"veilige-wijken", Indicator("totaal_misdrijven", {"0.0.0"})},
                          {"ondermijning", Indicator("drugshandel", {"1.4.1", "1.4.2"})}},
                         {{"veilige-wijken", {"GM0034", "GM0363"}}, {"ondermijning", {"GM0034"}}}};
  std::vector<std::pair<std::string, common::v1::Observation>> delivered_;

  void Route(const PoliceOpenDataRow& row) {
    router_.Route(row, [this](const std::string& service, common::v1::Observation&& o) {
      delivered_.emplace_back(service, std::move(o));
    });
  }
};

TEST_F(OpenDataRouterTest, MapsCrimeTypesToTheIndicatorsThatNameThem) {
  Route(Row("1.1.1", "GM0034", 61));
  Route(Row("1.4.2", "GM0034", 3));
  ASSERT_EQ(delivered_.size(), 2u);
  EXPECT_EQ(delivered_[0].first, "veilige-wijken");
  EXPECT_EQ(delivered_[0].second.indicator(), "woninginbraak");
  EXPECT_EQ(delivered_[0].second.area(), "GM0034");
  EXPECT_EQ(delivered_[0].second.period(), "2019M01");
  EXPECT_EQ(delivered_[0].second.count(), 61);
  EXPECT_EQ(delivered_[1].first, "ondermijning");
  EXPECT_EQ(delivered_[1].second.indicator(), "drugshandel");
  EXPECT_EQ(router_.summary().routed, 2);
  EXPECT_EQ(router_.services(), (std::vector<std::string>{"ondermijning", "veilige-wijken"}));
}

TEST_F(OpenDataRouterTest, CountsWhatGoesNowhereByReason) {
  Route(Row("9.9.9", "GM0034", 5));
  Route(Row("9.9.9", "GM0363", 1));
  Route(Row("1.1.1", "GM0034", std::nullopt));
  Route(Row("1.4.1", "GM0363", 2));  // ondermijning does not know GM0363
  Route(Row("1.1.1", "GM9999", 7));
  EXPECT_TRUE(delivered_.empty());
  const auto& summary = router_.summary();
  EXPECT_EQ(summary.rows, 5);
  EXPECT_EQ(summary.routed, 0);
  EXPECT_EQ(summary.unmapped_crime_types.at("9.9.9"), 2);
  EXPECT_EQ(summary.not_published, 1);
  EXPECT_EQ(summary.unknown_area, 2);
  EXPECT_EQ(summary.unknown_area_examples, (std::set<std::string>{"GM0363", "GM9999"}));
}

TEST_F(OpenDataRouterTest, NotPublishedIsNeverSentAsZero) {
  Route(Row("0.0.0", "GM0363", std::nullopt));
  Route(Row("0.0.0", "GM0363", 0));
  ASSERT_EQ(delivered_.size(), 1u);
  EXPECT_TRUE(delivered_[0].second.has_count());
  EXPECT_EQ(delivered_[0].second.count(), 0);
  EXPECT_EQ(router_.summary().not_published, 1);
}

}  // namespace
}  // namespace veilig::import
