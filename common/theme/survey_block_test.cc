// Survey indicators in a section: editions are years, and a difference is
// real only beyond both margins (z = d / sqrt(SE1^2 + SE2^2), SE = half the
// 95% interval / 1.96).
#include "common/theme/survey_block.h"

#include <gtest/gtest.h>

#include <cmath>

#include "common/theme/section_builder.h"
#include "common/theme/worked_example_testing.h"

namespace veilig::theme {
namespace {

namespace cv1 = common::v1;

// The z of two estimates from their 95% intervals, worked out here apart
// from the code under test.
double ZOf(double p1, double lo1, double hi1, double p2, double lo2, double hi2) {
  const double se1 = (hi1 - lo1) / 2 / 1.96;
  const double se2 = (hi2 - lo2) / 2 / 1.96;
  return (p1 - p2) / std::sqrt(se1 * se1 + se2 * se2);
}

TEST(SurveyBlockTest, TheWorkedExamplesSurveyIsJudgedOnItsMargins) {
  const SectionInput input =
      testing::InputFromRequest(testing::WorkedExampleRequest("veilige-wijken"));
  SectionRequest request;
  request.municipality = "GM0034";
  request.period = *Period::Parse("2019H1");
  request.theme = cv1::THEME_VEILIGE_WIJKEN;
  request.themes = {cv1::THEME_GENERAL, cv1::THEME_VEILIGE_WIJKEN};
  const cv1::ThemeSection section = BuildSection(input, request);
  const cv1::SurveyBlock* survey = nullptr;
  for (const auto& topic : section.topics()) {
    for (const auto& block : topic.indicators()) {
      EXPECT_NE(block.indicator().unit(), cv1::UNIT_PERCENT) << "a survey has no half years";
    }
    for (const auto& block : topic.surveys()) {
      if (block.indicator().id() == "vm_onveilig_eigen_buurt") {
        EXPECT_EQ(topic.topic(), "1.4 Overlast op straat");
        survey = &block;
      }
    }
  }
  ASSERT_NE(survey, nullptr);
  ASSERT_GE(survey->estimates_size(), 3);
  EXPECT_EQ(survey->estimates(0).area(), "GM0034");
  EXPECT_EQ(survey->estimates(0).period(), "2017");
  EXPECT_EQ(survey->estimates(1).period(), "2019");
  EXPECT_DOUBLE_EQ(survey->estimates(1).percentage(), 18.2);
  EXPECT_DOUBLE_EQ(survey->estimates(1).lower_bound(), 16.6);
  EXPECT_EQ(survey->estimates(2).area(), "RE_MIDDEN_NEDERLAND");
  EXPECT_EQ(survey->estimates(2).period(), "2019");
  ASSERT_EQ(survey->notes_size(), 1);
  EXPECT_NE(survey->notes(0).text().find("verzonnen"), std::string::npos);

  // 2019 against the baseline edition 2017: 18.2 (16.6-19.8) against 21.0
  // (19.3-22.7), z = -2.35: a real fall.
  ASSERT_GE(survey->comparisons_size(), 2);
  const auto& since = survey->comparisons(0);
  EXPECT_EQ(since.kind(), cv1::SURVEY_COMPARISON_KIND_EARLIER_EDITION);
  EXPECT_EQ(since.earlier().period(), "2017");
  EXPECT_NEAR(since.difference(), -2.8, 1e-9);
  EXPECT_NEAR(since.z(), ZOf(18.2, 16.6, 19.8, 21.0, 19.3, 22.7), 1e-9);
  EXPECT_NEAR(since.z(), -2.3508, 1e-4);
  EXPECT_TRUE(since.beyond_margins());
  // Against the police unit the same year: 16.9 (16.4-17.4), z = 1.52:
  // within the margins.
  const auto& unit = survey->comparisons(1);
  EXPECT_EQ(unit.kind(), cv1::SURVEY_COMPARISON_KIND_OTHER_AREA);
  EXPECT_EQ(unit.earlier().area(), "RE_MIDDEN_NEDERLAND");
  EXPECT_NEAR(unit.z(), ZOf(18.2, 16.6, 19.8, 16.9, 16.4, 17.4), 1e-9);
  EXPECT_FALSE(unit.beyond_margins());
  EXPECT_NEAR(unit.p_value(), 2 * (1 - 0.5 * std::erfc(-unit.z() / std::sqrt(2.0))), 1e-9);
}

cv1::Observation Estimate(const std::string& area, const std::string& period, double percentage,
                          std::optional<std::pair<double, double>> bounds) {
  cv1::Observation o;
  o.set_indicator("onveilig");
  o.set_area(area);
  o.set_period(period);
  o.set_rate(percentage);
  if (bounds) {
    o.set_lower_bound(bounds->first);
    o.set_upper_bound(bounds->second);
  }
  return o;
}

SectionInput SmallInput() {
  SectionInput input;
  cv1::Indicator indicator;
  indicator.set_id("onveilig");
  indicator.set_title("Voelt zich weleens onveilig");
  indicator.set_unit(cv1::UNIT_PERCENT);
  input.indicators.push_back(indicator);
  cv1::Area town;
  town.set_code("GM0999");
  town.set_name("Testgemeente");
  town.add_comparison_groups("NL01");
  input.areas["GM0999"] = town;
  cv1::Area country;
  country.set_code("NL01");
  country.set_name("Nederland");
  input.areas["NL01"] = country;
  return input;
}

TEST(SurveyBlockTest, OnlyEditionsUpToTheReportYearCountAndTheBaselineComesFirst) {
  SectionInput input = SmallInput();
  input.observations = {Estimate("GM0999", "2015", 30, {{28, 32}}),
                        Estimate("GM0999", "2017", 25, {{23, 27}}),
                        Estimate("GM0999", "2019", 24, {{22, 26}}),
                        Estimate("GM0999", "2021", 10, {{9, 11}}),      // after the report
                        Estimate("GM0999", "2019H1", 50, {{49, 51}}),   // not an edition
                        Estimate("NL01", "2017", 20, {{19.5, 20.5}})};  // not the same edition
  const auto block = BuildSurveyBlock(input, input.indicators[0], "GM0999",
                                      *Period::Parse("2020H2"), /*baseline_year=*/2015);
  ASSERT_EQ(block.estimates_size(), 3);
  EXPECT_EQ(block.estimates(2).period(), "2019");
  EXPECT_DOUBLE_EQ(block.estimates(2).percentage(), 24);
  ASSERT_EQ(block.comparisons_size(), 2);
  EXPECT_EQ(block.comparisons(0).earlier().period(), "2015");  // the baseline
  EXPECT_TRUE(block.comparisons(0).beyond_margins());
  EXPECT_EQ(block.comparisons(1).earlier().period(), "2017");  // the one before
  EXPECT_FALSE(block.comparisons(1).beyond_margins());
}

TEST(SurveyBlockTest, AnEstimateWithoutItsMarginIsShownButNeverCompared) {
  SectionInput input = SmallInput();
  input.observations = {Estimate("GM0999", "2017", 25, {{23, 27}}),
                        Estimate("GM0999", "2019", 19, std::nullopt),
                        Estimate("NL01", "2019", 20, {{19.5, 20.5}})};
  const auto block = BuildSurveyBlock(input, input.indicators[0], "GM0999",
                                      *Period::Parse("2019H2"), std::nullopt);
  ASSERT_EQ(block.estimates_size(), 3);
  EXPECT_FALSE(block.estimates(1).has_lower_bound());
  EXPECT_EQ(block.comparisons_size(), 0);
}

}  // namespace
}  // namespace veilig::theme
