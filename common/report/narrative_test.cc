#include "common/report/narrative.h"

#include <gtest/gtest.h>

#include <map>
#include <optional>

#include "common/report/dutch_number.h"
#include "common/theme/section_builder.h"
#include "common/theme/worked_example_testing.h"

namespace veilig::report {
namespace {

namespace cv1 = common::v1;

// A theme service's section of the worked example, as the service builds it.
cv1::ThemeSection WorkedSection(const std::string& service) {
  const bool general = service == "veilige-wijken";
  const cv1::Theme theme = general ? cv1::THEME_VEILIGE_WIJKEN : cv1::THEME_ZORG_VEILIGHEID;
  theme::SectionRequest request{"GM0034", Period::HalfYear(2019, 1), theme, {theme}};
  if (general) request.themes.insert(cv1::THEME_GENERAL);
  return theme::BuildSection(
      theme::testing::InputFromRequest(theme::testing::WorkedExampleRequest(service)), request);
}

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

TEST_F(NarrativeTest, AgainstAYearEarlierNamesBothFigures) {
  const auto& bikes = Block("fietsdiefstal");
  EXPECT_EQ(narrative::AgainstYearEarlier(bikes.indicator(),
                                          Basis(bikes, cv1::COMPARISON_BASIS_YEAR_EARLIER)),
            "Ten opzichte van de eerste helft van 2018 (1,9) is het huidige cijfer (2,0) 6% hoger. "
            "Die verandering valt binnen de toevalsmarge.");
}

TEST_F(NarrativeTest, PositionAgainstTheComparisonGroups) {
  EXPECT_EQ(narrative::AgainstGroups(Block("woninginbraak")),
            "Per 1.000 woningen ligt het cijfer van Almere (4,3) boven het gemiddelde van de "
            "politie-eenheid Midden-Nederland (3,9) en onder dat van de G10/100.000+ gemeenten "
            "(5,6).");
  // Street robbery: 0,22 against 0,26 and 0,59, two decimals below one.
  EXPECT_EQ(narrative::AgainstGroups(Block("straatroof")),
            "Per 1.000 inwoners ligt het cijfer van Almere (0,22) onder het gemiddelde van de "
            "politie-eenheid Midden-Nederland (0,26) en onder dat van de G10/100.000+ gemeenten "
            "(0,59).");
}

TEST_F(NarrativeTest, GoalSentencesSayWhereTheGoalStands) {
  EXPECT_EQ(narrative::Goal(Block("woninginbraak").goal_assessment()),
            "De doelstelling (een daling ten opzichte van 2017) is op koers.");
  EXPECT_EQ(narrative::Goal(Block("straatroof").goal_assessment()),
            "De doelstelling (geen stijging ten opzichte van 2017) is niet op koers.");
  cv1::GoalAssessment no_data;
  no_data.mutable_goal()->set_direction(cv1::GOAL_DIRECTION_INCREASE);
  no_data.mutable_goal()->set_baseline_year(2017);
  no_data.set_baseline_period("2017H1");
  no_data.set_status(cv1::GOAL_STATUS_NO_DATA);
  no_data.set_progress(cv1::GOAL_PROGRESS_NOT_ASSESSABLE);
  EXPECT_EQ(narrative::Goal(no_data),
            "De doelstelling (een stijging ten opzichte van 2017) is niet te beoordelen: over de "
            "eerste helft van 2017 zijn geen cijfers beschikbaar.");
  cv1::GoalAssessment target;
  target.mutable_goal()->set_direction(cv1::GOAL_DIRECTION_DECREASE);
  target.mutable_goal()->set_target(380);
  target.set_progress(cv1::GOAL_PROGRESS_ACHIEVED);
  EXPECT_EQ(narrative::Goal(target), "De doelstelling (ten hoogste 380,0) is behaald.");
}

// Every sentence of every indicator of the worked example, written out as a
// reader should get it: the right article for countable and mass nouns,
// comparison groups with their article and without "(gemiddelde)", and every
// comparison naming both of its figures.
TEST(GrammarTest, EverySentenceOfTheWorkedExample) {
  const std::map<std::string, std::vector<std::string>> expected = {
      {"totaal_misdrijven",
       {"Het aantal geregistreerde misdrijven steeg van 4.950 in de eerste helft van 2017 naar "
        "5.042 in de eerste helft van 2019 (+2%). Die verandering valt binnen de toevalsmarge.",
        "Ten opzichte van de eerste helft van 2018 (4.848) is het huidige cijfer (5.042) 4% "
        "hoger. Die verandering valt binnen de toevalsmarge.",
        "Per 1.000 inwoners ligt het cijfer van Almere (24,3) ongeveer gelijk aan het gemiddelde "
        "van de politie-eenheid Midden-Nederland (23,6) en onder dat van de G10/100.000+ "
        "gemeenten (33,8)."}},
      {"woninginbraak",
       {"Het aantal woninginbraken per 1.000 woningen daalde van 6,3 in de eerste helft van 2017 "
        "naar 4,3 in de eerste helft van 2019 (\u221231%).",
        "Ten opzichte van de eerste helft van 2018 (5,3) is het huidige cijfer (4,3) 18% lager.",
        "Per 1.000 woningen ligt het cijfer van Almere (4,3) boven het gemiddelde van de "
        "politie-eenheid Midden-Nederland (3,9) en onder dat van de G10/100.000+ gemeenten (5,6).",
        "De doelstelling (een daling ten opzichte van 2017) is op koers.",
        "Als de trend sinds het peiljaar doorzet, komt dit cijfer in de eerste helft van 2022 uit "
        "op ongeveer 2,7 en wordt de doelstelling gehaald. Die verwachting is onzeker."}},
      {"straatroof",
       {"Het aantal straatroven steeg van 36 in de eerste helft van 2017 naar 45 in de eerste "
        "helft van 2019 (+25%). Die verandering valt binnen de toevalsmarge.",
        "Ten opzichte van de eerste helft van 2018 (38) is het huidige cijfer (45) 18% hoger. Die "
        "verandering valt binnen de toevalsmarge.",
        "Per 1.000 inwoners ligt het cijfer van Almere (0,22) onder het gemiddelde van de "
        "politie-eenheid Midden-Nederland (0,26) en onder dat van de G10/100.000+ gemeenten "
        "(0,59).",
        "De doelstelling (geen stijging ten opzichte van 2017) is niet op koers.",
        "Als de trend sinds het peiljaar doorzet, komt dit cijfer in de eerste helft van 2022 uit "
        "op ongeveer 0,29 en wordt de doelstelling niet gehaald. Die verwachting is onzeker."}},
      {"overval",
       {"Het aantal overvallen steeg van 9 in de eerste helft van 2017 naar 10 in de eerste helft "
        "van 2019 (+11%). Die verandering valt binnen de toevalsmarge.",
        "Ten opzichte van de eerste helft van 2018 (7) is het huidige cijfer (10) 43% hoger. Die "
        "verandering valt binnen de toevalsmarge.",
        "Per 1.000 inwoners ligt het cijfer van Almere (0,05) boven het gemiddelde van de "
        "politie-eenheid Midden-Nederland (0,04) en onder dat van de G10/100.000+ gemeenten "
        "(0,07).",
        "De doelstelling (geen stijging ten opzichte van 2017) is niet op koers.",
        "Als de trend sinds het peiljaar doorzet, komt dit cijfer in de eerste helft van 2022 uit "
        "op ongeveer 0,03 en wordt de doelstelling gehaald. Die verwachting is onzeker."}},
      {"high_impact_crimes",
       {"Het aantal high impact crimes (woninginbraken, straatroven en overvallen samen) daalde "
        "van 536 in de eerste helft van 2017 naar 405 in de eerste helft van 2019 (\u221224%).",
        "Ten opzichte van de eerste helft van 2018 (465) is het huidige cijfer (405) 13% lager."}},
      {"fietsdiefstal",
       {"Het aantal fietsdiefstallen per 1.000 inwoners daalde van 2,4 in de eerste helft van "
        "2017 naar 2,0 in de eerste helft van 2019 (\u221214%).",
        "Ten opzichte van de eerste helft van 2018 (1,9) is het huidige cijfer (2,0) 6% hoger. "
        "Die verandering valt binnen de toevalsmarge.",
        "Per 1.000 inwoners ligt het cijfer van Almere (2,0) onder het gemiddelde van de "
        "politie-eenheid Midden-Nederland (2,6) en onder dat van de G10/100.000+ gemeenten "
        "(4,9)."}},
      {"auto_inbraak",
       {"Het aantal auto-inbraken per 1.000 inwoners daalde van 3,0 in de eerste helft van 2017 "
        "naar 2,8 in de eerste helft van 2019 (\u22128%). Die verandering valt binnen de "
        "toevalsmarge.",
        "Ten opzichte van de eerste helft van 2018 (2,7) is het huidige cijfer (2,8) 1% hoger. "
        "Die verandering valt binnen de toevalsmarge.",
        "Per 1.000 inwoners ligt het cijfer van Almere (2,8) ongeveer gelijk aan het gemiddelde "
        "van de politie-eenheid Midden-Nederland (2,7) en onder dat van de G10/100.000+ "
        "gemeenten (4,4)."}},
      {"vernieling",
       {"Het aantal vernielingen per 1.000 inwoners daalde van 2,6 in de eerste helft van 2017 "
        "naar 2,5 in de eerste helft van 2019 (\u22124%). Die verandering valt binnen de "
        "toevalsmarge.",
        "Ten opzichte van de eerste helft van 2018 (2,3) is het huidige cijfer (2,5) 7% hoger. "
        "Die verandering valt binnen de toevalsmarge.",
        "Per 1.000 inwoners ligt het cijfer van Almere (2,5) ongeveer gelijk aan het gemiddelde "
        "van de politie-eenheid Midden-Nederland (2,4) en onder dat van de G10/100.000+ "
        "gemeenten (3,3)."}},
      {"veelvoorkomende_criminaliteit",
       {"De omvang van veelvoorkomende criminaliteit (auto-inbraak, fietsdiefstal en vernieling "
        "samen) per 1.000 inwoners daalde van 8,0 in de eerste helft van 2017 naar 7,3 in de "
        "eerste helft van 2019 (\u22129%).",
        "Ten opzichte van de eerste helft van 2018 (7,0) is het huidige cijfer (7,3) 4% hoger. "
        "Die verandering valt binnen de toevalsmarge.",
        "Per 1.000 inwoners ligt het cijfer van Almere (7,3) ongeveer gelijk aan het gemiddelde "
        "van de politie-eenheid Midden-Nederland (7,7) en onder dat van de G10/100.000+ "
        "gemeenten (12,6).",
        "De doelstelling (geen stijging ten opzichte van 2017) is op koers.",
        "Als de trend sinds het peiljaar doorzet, komt dit cijfer in de eerste helft van 2022 uit "
        "op ongeveer 6,1 en wordt de doelstelling gehaald. Die verwachting is onzeker."}},
      {"fraude_online_handel",
       {"De omvang van fraude met online handel steeg van 150 in de eerste helft van 2017 naar "
        "180 in de eerste helft van 2019 (+20%). Die verandering valt binnen de toevalsmarge.",
        "Ten opzichte van de eerste helft van 2018 (170) is het huidige cijfer (180) 6% hoger. "
        "Die verandering valt binnen de toevalsmarge.",
        "Per 1.000 inwoners ligt het cijfer van Almere (0,87) ongeveer gelijk aan het gemiddelde "
        "van de politie-eenheid Midden-Nederland (0,84) en onder dat van de G10/100.000+ "
        "gemeenten (1,1)."}},
      {"drugs_drankoverlast",
       {"Het aantal meldingen van drugs- en drankoverlast per 1.000 inwoners daalde van 0,47 in "
        "de eerste helft van 2017 naar 0,40 in de eerste helft van 2019 (\u221214%). Die "
        "verandering valt binnen de toevalsmarge.",
        "Ten opzichte van de eerste helft van 2018 (0,43) is het huidige cijfer (0,40) 6% lager. "
        "Die verandering valt binnen de toevalsmarge.",
        "De doelstelling (een daling ten opzichte van 2017) is op koers.",
        "Als de trend sinds het peiljaar doorzet, komt dit cijfer in de eerste helft van 2022 uit "
        "op ongeveer 0,32 en wordt de doelstelling gehaald. Die verwachting is onzeker."}},
      {"jeugdoverlast",
       {"Het aantal meldingen van jeugdoverlast per 1.000 inwoners daalde van 3,1 in de eerste "
        "helft van 2017 naar 2,8 in de eerste helft van 2019 (\u22127%). Die verandering valt "
        "binnen de toevalsmarge.",
        "Ten opzichte van de eerste helft van 2018 (2,7) is het huidige cijfer (2,8) 4% hoger. "
        "Die verandering valt binnen de toevalsmarge.",
        "De doelstelling (een daling ten opzichte van 2017) is op koers.",
        "Als de trend sinds het peiljaar doorzet, komt dit cijfer in de eerste helft van 2022 uit "
        "op ongeveer 2,5 en wordt de doelstelling gehaald. Die verwachting is onzeker."}},
      {"jeugdige_verdachten",
       {"Het aantal jeugdige verdachten per 1.000 jongeren van 12 tot en met 24 jaar steeg van "
        "28,8 in de eerste helft van 2017 naar 31,0 in de eerste helft van 2019 (+8%). Die "
        "verandering valt binnen de toevalsmarge.",
        "Ten opzichte van de eerste helft van 2018 (26,7) is het huidige cijfer (31,0) 16% "
        "hoger.",
        "De doelstelling (een daling ten opzichte van 2017) is niet op koers.",
        "Als de trend sinds het peiljaar doorzet, komt dit cijfer in de eerste helft van 2022 uit "
        "op ongeveer 28,0 en wordt de doelstelling gehaald. Die verwachting is onzeker."}},
      {"huisverboden",
       {"Over de eerste helft van 2017 zijn geen cijfers beschikbaar, zodat een vergelijking met "
        "die periode ontbreekt.",
        "Het aantal opgelegde huisverboden daalde van 23 in de eerste helft van 2018 naar 18 in "
        "de eerste helft van 2019 (\u221222%). Die verandering valt binnen de toevalsmarge."}},
  };
  std::map<std::string, std::vector<std::string>> actual;
  for (const std::string service : {"veilige-wijken", "zorg-veiligheid"}) {
    const cv1::ThemeSection section = WorkedSection(service);
    std::vector<const cv1::TopicBlock*> topics = {&section.general()};
    for (const auto& topic : section.topics()) topics.push_back(&topic);
    for (const auto* topic : topics) {
      for (const auto& block : topic->indicators()) {
        actual[block.indicator().id()] = DescribeIndicator(block);
      }
    }
  }
  EXPECT_EQ(actual.size(), expected.size());
  for (const auto& [id, sentences] : expected) {
    EXPECT_EQ(actual[id], sentences) << id;
  }
  // What a reader once saw and must not see again.
  for (const auto& [id, sentences] : actual) {
    for (const auto& sentence : sentences) {
      for (const char* wrong :
           {"Het aantal fraude", "Het aantal drugs- en drankoverlast", "Het aantal veelvoorkomende",
            "(gemiddelde)", "is dat een", "van Politie-eenheid", " 1 inzetten", "Let op:"}) {
        EXPECT_EQ(sentence.find(wrong), std::string::npos) << id << ": " << sentence;
      }
    }
  }
}

// Made-up blocks for the forms the worked example does not reach.
class GrammarEdgeTest : public ::testing::Test {
 protected:
  static cv1::IndicatorBlock Block(cv1::Unit unit, cv1::ChangeMeasure measure) {
    cv1::IndicatorBlock block;
    auto* indicator = block.mutable_indicator();
    indicator->set_title("Overvallen");
    indicator->set_noun("overvallen");
    indicator->set_noun_kind(cv1::NOUN_KIND_COUNTABLE);
    indicator->set_unit(unit);
    indicator->set_change_measure(measure);
    return block;
  }
  static cv1::Comparison& Compare(cv1::IndicatorBlock& block, cv1::ComparisonBasis basis,
                                  std::string from, std::optional<double> a, double b) {
    auto* c = block.add_comparisons();
    c->set_basis(basis);
    c->set_from_period(from);
    c->set_to_period("2019H1");
    if (a) c->set_from_value(*a);
    c->set_to_value(b);
    if (a && *a != 0) {
      c->set_change_percent((b - *a) / *a * 100);
    }
    c->set_direction(!a || b == *a ? cv1::CHANGE_DIRECTION_UNCHANGED
                     : b > *a      ? cv1::CHANGE_DIRECTION_INCREASE
                                   : cv1::CHANGE_DIRECTION_DECREASE);
    return *c;
  }
};

TEST_F(GrammarEdgeTest, FromZeroAndFromOne) {
  auto block = Block(cv1::UNIT_COUNT, cv1::CHANGE_MEASURE_COUNT);
  Compare(block, cv1::COMPARISON_BASIS_BASELINE, "2017H1", 0, 3);
  Compare(block, cv1::COMPARISON_BASIS_YEAR_EARLIER, "2018H1", 1, 2);
  EXPECT_EQ(DescribeIndicator(block),
            (std::vector<std::string>{
                "Het aantal overvallen steeg van 0 in de eerste helft van 2017 naar 3 in de "
                "eerste helft van 2019.",
                "Ten opzichte van de eerste helft van 2018 (1) is het huidige cijfer (2) 100% "
                "hoger."}));
}

TEST_F(GrammarEdgeTest, UnchangedAndMissingBaseline) {
  auto block = Block(cv1::UNIT_COUNT, cv1::CHANGE_MEASURE_COUNT);
  Compare(block, cv1::COMPARISON_BASIS_BASELINE, "2017H1", std::nullopt, 4);
  Compare(block, cv1::COMPARISON_BASIS_YEAR_EARLIER, "2018H1", 4, 4);
  EXPECT_EQ(DescribeIndicator(block),
            (std::vector<std::string>{
                "Over de eerste helft van 2017 zijn geen cijfers beschikbaar, zodat een "
                "vergelijking met die periode ontbreekt.",
                "Het aantal overvallen bleef gelijk: 4 in de eerste helft van 2019, net als in de "
                "eerste helft van 2018."}));
  block.mutable_comparisons(0)->set_from_value(4);
  EXPECT_EQ(DescribeIndicator(block)[1],
            "Ten opzichte van de eerste helft van 2018 (4) is het huidige cijfer (4) vrijwel "
            "gelijk.");
}

TEST_F(GrammarEdgeTest, MassNounNoGroupAndRateOnlyGroup) {
  auto block = Block(cv1::UNIT_PER_1000_INHABITANTS, cv1::CHANGE_MEASURE_RATE);
  block.mutable_indicator()->set_noun("fraude met online handel");
  block.mutable_indicator()->set_noun_kind(cv1::NOUN_KIND_MASS);
  Compare(block, cv1::COMPARISON_BASIS_BASELINE, "2017H1", 0.74, 0.87);
  auto* own = block.add_series();
  own->set_area_name("Almere");
  own->set_area_kind(cv1::AREA_KIND_MUNICIPALITY);
  own->add_points()->set_rate(0.87);
  // No comparison group: no sentence about one.
  EXPECT_EQ(DescribeIndicator(block),
            (std::vector<std::string>{"De omvang van fraude met online handel per 1.000 inwoners "
                                      "steeg van 0,74 in de eerste helft van 2017 naar 0,87 in "
                                      "de eerste helft van 2019 (+18%)."}));
  // A group known by its rate alone.
  auto* group = block.add_series();
  group->set_area_name("Politie-eenheid Midden-Nederland");
  group->set_area_kind(cv1::AREA_KIND_POLICE_UNIT);
  group->add_points()->set_rate(0.84);
  EXPECT_EQ(DescribeIndicator(block).back(),
            "Per 1.000 inwoners ligt het cijfer van Almere (0,87) ongeveer gelijk aan het "
            "gemiddelde van de politie-eenheid Midden-Nederland (0,84).");
}

TEST(GrammarWordsTest, OneDeploymentIsSingular) {
  EXPECT_EQ(FormatCounted(1, "inzet", "inzetten"), "1 inzet");
  EXPECT_EQ(FormatCounted(26, "inzet", "inzetten"), "26 inzetten");
  EXPECT_EQ(FormatCounted(1043, "persoon", "personen"), "1.043 personen");
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
            "Per 1.000 inwoners ligt het cijfer van Almere (24,3) ongeveer gelijk aan het "
            "gemiddelde van de politie-eenheid Midden-Nederland (23,6).");
}

}  // namespace
}  // namespace veilig::report
