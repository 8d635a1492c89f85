#include "common/report/narrative.h"

#include <gtest/gtest.h>

#include "common/theme/section_builder.h"
#include "common/theme/worked_example_testing.h"

namespace veilig::report {
namespace {

namespace cv1 = common::v1;

// Sections built from the worked example, exactly as the services build them.
class NarrativeTest : public ::testing::Test {
 protected:
  static const cv1::IndicatorBlock& Block(const std::string& id) {
    static const cv1::ThemeSection section = [] {
      theme::SectionRequest request{"GM0034",
                                    Period::HalfYear(2019, 1),
                                    cv1::THEME_VEILIGE_WIJKEN,
                                    {cv1::THEME_GENERAL, cv1::THEME_VEILIGE_WIJKEN}};
      return theme::BuildSection(
          theme::testing::InputFromRequest(theme::testing::WorkedExampleRequest("veilige-wijken")),
          request);
    }();
    for (const auto& topic : section.topics()) {
      for (const auto& block : topic.indicators()) {
        if (block.indicator().id() == id) return block;
      }
    }
    ADD_FAILURE() << id;
    return cv1::IndicatorBlock::default_instance();
  }
  static const cv1::Comparison& Basis(const cv1::IndicatorBlock& block, cv1::ComparisonBasis b) {
    for (const auto& c : block.comparisons()) {
      if (c.basis() == b) return c;
    }
    return cv1::Comparison::default_instance();
  }
};

TEST_F(NarrativeTest, DevelopmentAgainstTheBaselineAsThePrintedReportWritesIt) {
  const auto& burglary = Block("woninginbraak");
  EXPECT_EQ(
      narrative::Development(burglary.indicator(), Basis(burglary, cv1::COMPARISON_BASIS_BASELINE)),
      "Het aantal woninginbraken per 1.000 woningen daalde van 6,3 in de eerste helft van "
      "2017 naar 4,3 in de eerste helft van 2019 (\u221231%).");
}

TEST_F(NarrativeTest, CountsUseThousandsDotsAndChangesWithinChanceGetACaveat) {
  const auto& robbery = Block("straatroof");
  EXPECT_EQ(
      narrative::Development(robbery.indicator(), Basis(robbery, cv1::COMPARISON_BASIS_BASELINE)),
      "Het aantal straatroven steeg van 36 in de eerste helft van 2017 naar 45 in de eerste "
      "helft van 2019 (+25%). Die verandering valt binnen de toevalsmarge.");
}

TEST_F(NarrativeTest, AgainstAYearEarlier) {
  const auto& bikes = Block("fietsdiefstal");
  EXPECT_EQ(narrative::AgainstYearEarlier(bikes.indicator(),
                                          Basis(bikes, cv1::COMPARISON_BASIS_YEAR_EARLIER)),
            "Ten opzichte van de eerste helft van 2018 (1,9) is dat een stijging van 6%. Die "
            "verandering valt binnen de toevalsmarge.");
}

TEST_F(NarrativeTest, PositionAgainstTheComparisonGroups) {
  EXPECT_EQ(narrative::AgainstGroups(Block("woninginbraak")),
            "Daarmee ligt Almere (4,3) boven het gemiddelde van Politie-eenheid Midden-Nederland "
            "(gemiddelde) (3,9) en onder dat van G10/100.000+ gemeenten (gemiddelde) (5,6).");
  // Street robbery: 0,22 against 0,26 and 0,59, two decimals below one.
  EXPECT_EQ(narrative::AgainstGroups(Block("straatroof")),
            "Daarmee ligt Almere (0,22) onder het gemiddelde van Politie-eenheid Midden-Nederland "
            "(gemiddelde) (0,26) en onder dat van G10/100.000+ gemeenten (gemiddelde) (0,59).");
}

TEST_F(NarrativeTest, GoalSentences) {
  EXPECT_EQ(narrative::Goal(Block("woninginbraak").goal_assessment()),
            "De doelstelling (een daling ten opzichte van 2017) is behaald.");
  EXPECT_EQ(narrative::Goal(Block("straatroof").goal_assessment()),
            "De doelstelling (geen stijging ten opzichte van 2017) is niet behaald.");
  cv1::GoalAssessment no_data;
  no_data.mutable_goal()->set_direction(cv1::GOAL_DIRECTION_INCREASE);
  no_data.mutable_goal()->set_baseline_year(2017);
  no_data.set_status(cv1::GOAL_STATUS_NO_DATA);
  EXPECT_EQ(narrative::Goal(no_data),
            "De doelstelling (een stijging ten opzichte van 2017) kan nog niet worden beoordeeld: "
            "er ontbreken cijfers.");
}

TEST_F(NarrativeTest, TheWholeBlockIncludesTheBreakNoteAndTheProjection) {
  const auto sentences = DescribeIndicator(Block("woninginbraak"));
  ASSERT_GE(sentences.size(), 5u);
  EXPECT_TRUE(sentences[0].starts_with("Het aantal woninginbraken"));
  EXPECT_TRUE(sentences[1].starts_with("Ten opzichte van de eerste helft van 2018"));
  bool projection = false, break_note = false;
  for (const auto& s : sentences) {
    projection |= s.starts_with(
        "Als de trend sinds het peiljaar doorzet, komt dit cijfer in de "
        "eerste helft van 2022 uit op ongeveer");
    break_note |= s.starts_with("Let op: Registratiewijziging");
  }
  EXPECT_TRUE(projection);
  EXPECT_TRUE(break_note);
}

TEST_F(NarrativeTest, AChangedFigureChangesTheSentence) {
  auto request = theme::testing::WorkedExampleRequest("veilige-wijken");
  for (auto& o : *request.mutable_observations()) {
    if (o.indicator() == "woninginbraak" && o.area() == "GM0034" && o.period() == "2019H1") {
      o.set_count(600);
    }
  }
  theme::SectionRequest section_request{
      "GM0034", Period::HalfYear(2019, 1), cv1::THEME_VEILIGE_WIJKEN, {cv1::THEME_VEILIGE_WIJKEN}};
  const auto section =
      theme::BuildSection(theme::testing::InputFromRequest(request), section_request);
  const auto sentences = DescribeIndicator(section.topics(0).indicators(0));
  EXPECT_EQ(sentences[0],
            "Het aantal woninginbraken per 1.000 woningen steeg van 6,3 in de eerste helft van "
            "2017 naar 7,4 in de eerste helft van 2019 (+18%).");
}

TEST(NarrativeFormsTest, MissingBaselineUnchangedAndIncomplete) {
  cv1::Indicator indicator;
  indicator.set_title("Opgelegde huisverboden");
  indicator.set_unit(cv1::UNIT_COUNT);
  indicator.set_change_measure(cv1::CHANGE_MEASURE_COUNT);
  cv1::Comparison c;
  c.set_from_period("2017H1");
  c.set_to_period("2019H1");
  c.set_to_value(1043);
  EXPECT_EQ(narrative::Development(indicator, c),
            "Over de eerste helft van 2017 zijn geen cijfers beschikbaar, zodat een vergelijking "
            "met die periode ontbreekt.");
  c.set_from_value(1043);
  c.set_direction(cv1::CHANGE_DIRECTION_UNCHANGED);
  EXPECT_EQ(narrative::Development(indicator, c),
            "Het aantal opgelegde huisverboden bleef gelijk: 1.043 in de eerste helft van 2019, "
            "net als in de eerste helft van 2017.");
  c.set_incomplete(true);
  EXPECT_EQ(narrative::Development(indicator, c),
            "Het aantal opgelegde huisverboden over de eerste helft van 2019 is nog niet volledig "
            "bekend; de vergelijking met de eerste helft van 2017 volgt later.");
  EXPECT_EQ(narrative::Subject(indicator), "Het aantal opgelegde huisverboden");
  indicator.set_title("HIC-delicten");
  EXPECT_EQ(narrative::Subject(indicator), "Het aantal HIC-delicten");
}

TEST(NarrativeFormsTest, AboutEqualToAGroup) {
  cv1::IndicatorBlock block;
  block.mutable_indicator()->set_unit(cv1::UNIT_PER_1000_INHABITANTS);
  auto* own = block.add_series();
  own->set_area_name("Almere");
  own->add_points()->set_rate(24.3);
  auto* group = block.add_series();
  group->set_area_name("Politie-eenheid Midden-Nederland");
  group->add_points()->set_rate(23.6);
  EXPECT_EQ(narrative::AgainstGroups(block),
            "Daarmee ligt Almere (24,3) ongeveer gelijk aan het gemiddelde van Politie-eenheid "
            "Midden-Nederland (23,6).");
}

}  // namespace
}  // namespace veilig::report
