#include "common/report/report_outline.h"

#include <gtest/gtest.h>

namespace veilig::report {
namespace {

namespace cv1 = common::v1;

TEST(ReportOutlineTest, AnchorsAreStableAsciiSlugs) {
  EXPECT_EQ(Anchor("1.1 High impact crimes"), "1-1-high-impact-crimes");
  EXPECT_EQ(Anchor("Zorg en veiligheid"), "zorg-en-veiligheid");
  EXPECT_EQ(Anchor("3.1 Jeugdoverlast en -criminaliteit"), "3-1-jeugdoverlast-en-criminaliteit");
  EXPECT_EQ(Anchor("niet op koers"), "niet-op-koers");
}

TEST(ReportOutlineTest, ChaptersAndTopicsFollowTheReportWithThePlansNumbers) {
  report::v1::ProgressReport report;
  auto* section = report.add_sections();
  section->set_title("Zorg en veiligheid");
  for (auto [number, label] :
       {std::pair{"3.1", "3.1 Jeugd"}, std::pair{"3.3", "3.3 Woonoverlast"}}) {
    auto* topic = section->add_topics();
    topic->set_number(number);
    topic->set_topic(label);
  }
  const auto outline = Outline(report);
  std::vector<std::string> lines;
  for (const auto& e : outline) {
    lines.push_back(std::to_string(e.level) + " " + e.number + "|" + e.title + "#" + e.anchor);
  }
  EXPECT_EQ(lines, (std::vector<std::string>{
                       "1 |Samenvatting#samenvatting", "1 |Inleiding#inleiding",
                       "1 3|Zorg en veiligheid#zorg-en-veiligheid", "2 3.1|Jeugd#3-1-jeugd",
                       "2 3.3|Woonoverlast#3-3-woonoverlast", "1 |Colofon#colofon"}));
}

TEST(ReportOutlineTest, GoalRowsSayWhereEachGoalStandsAndWhy) {
  report::v1::ProgressReport report;
  auto* topic = report.add_sections()->add_topics();
  report.mutable_sections(0)->set_title("Veilige wijken");
  topic->set_topic("1.1 High impact crimes");
  auto* block = topic->add_indicators();
  block->mutable_indicator()->set_id("woninginbraak");
  block->mutable_indicator()->set_title("Woninginbraken");
  block->mutable_indicator()->set_unit(cv1::UNIT_PER_1000_DWELLINGS);
  auto* a = block->mutable_goal_assessment();
  a->mutable_goal()->set_direction(cv1::GOAL_DIRECTION_DECREASE);
  a->mutable_goal()->set_baseline_year(2017);
  a->set_baseline_period("2017H1");
  a->set_baseline_value(6.25);
  a->set_current_value(4.31);
  a->set_progress(cv1::GOAL_PROGRESS_ON_TRACK);
  auto* unknown = topic->add_indicators();
  unknown->mutable_indicator()->set_title("Overvallen");
  unknown->mutable_goal_assessment()->mutable_goal()->set_baseline_year(2017);
  unknown->mutable_goal_assessment()->set_baseline_period("2017H1");
  unknown->mutable_goal_assessment()->set_progress(cv1::GOAL_PROGRESS_NOT_ASSESSABLE);

  const auto rows = GoalRows(report);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].theme, "Veilige wijken");
  EXPECT_EQ(rows[0].anchor, "woninginbraak");
  EXPECT_EQ(rows[0].aim, "een daling ten opzichte van 2017");
  EXPECT_EQ(rows[0].baseline, "6,3");
  EXPECT_EQ(rows[0].current, "4,3");
  EXPECT_EQ(rows[0].progress, cv1::GOAL_PROGRESS_ON_TRACK);
  EXPECT_EQ(rows[0].reason, "6,3 in 2017, nu 4,3");
  EXPECT_EQ(rows[1].baseline, "–");
  EXPECT_EQ(rows[1].progress, cv1::GOAL_PROGRESS_NOT_ASSESSABLE);
  EXPECT_EQ(rows[1].reason, "geen cijfers over de eerste helft van 2017");
}

}  // namespace
}  // namespace veilig::report
