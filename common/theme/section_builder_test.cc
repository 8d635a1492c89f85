#include "common/theme/section_builder.h"

#include <gtest/gtest.h>

#include "common/domain/calendar_date.h"
#include "common/report/dutch_number.h"
#include "common/theme/worked_example_testing.h"

namespace veilig::theme {
namespace {

namespace cv1 = common::v1;
using testing::InputFromRequest;
using testing::WorkedExampleRequest;

class WorkedExampleSectionTest : public ::testing::Test {
 protected:
  static cv1::ThemeSection Build(const std::string& service, cv1::Theme theme,
                                 std::set<cv1::Theme> themes, const char* period = "2019H1") {
    const SectionInput input = InputFromRequest(WorkedExampleRequest(service));
    SectionRequest request;
    request.municipality = "GM0034";
    request.period = *Period::Parse(period);
    request.theme = theme;
    request.themes = std::move(themes);
    return BuildSection(input, request);
  }

  static const cv1::IndicatorBlock& Block(const cv1::ThemeSection& section, const std::string& id) {
    for (const auto& topic : section.topics()) {
      for (const auto& block : topic.indicators()) {
        if (block.indicator().id() == id) return block;
      }
    }
    for (const auto& block : section.general().indicators()) {
      if (block.indicator().id() == id) return block;
    }
    ADD_FAILURE() << "no block for " << id;
    static const cv1::IndicatorBlock kEmpty;
    return kEmpty;
  }

  static const cv1::Comparison& Compare(const cv1::IndicatorBlock& block,
                                        cv1::ComparisonBasis basis) {
    for (const auto& c : block.comparisons()) {
      if (c.basis() == basis) return c;
    }
    ADD_FAILURE() << "no comparison " << basis;
    return cv1::Comparison::default_instance();
  }

  cv1::ThemeSection veilige_wijken_ = Build("veilige-wijken", cv1::THEME_VEILIGE_WIJKEN,
                                            {cv1::THEME_GENERAL, cv1::THEME_VEILIGE_WIJKEN});
};

TEST_F(WorkedExampleSectionTest, SeriesCoverTheLastFiveHalfYearsForTheMunicipalityAndItsGroups) {
  const auto& block = Block(veilige_wijken_, "woninginbraak");
  ASSERT_EQ(block.series_size(), 3);
  EXPECT_EQ(block.series(0).area(), "GM0034");
  EXPECT_EQ(block.series(0).area_name(), "Almere");
  EXPECT_EQ(block.series(1).area(), "RE_MIDDEN_NEDERLAND");  // police unit first
  EXPECT_EQ(block.series(2).area(), "G_100K");
  ASSERT_EQ(block.series(0).points_size(), 5);
  EXPECT_EQ(block.series(0).points(0).period(), "2017H1");
  EXPECT_EQ(block.series(0).points(4).period(), "2019H1");
  EXPECT_TRUE(block.series(1).points(4).rate_imported());
  EXPECT_DOUBLE_EQ(block.series(1).points(4).rate(), 3.9);
  EXPECT_EQ(veilige_wijken_.municipality_name(), "Almere");
  EXPECT_EQ(veilige_wijken_.baseline_period(), "2017H1");
}

TEST_F(WorkedExampleSectionTest, BurglaryPerThousandDwellingsFellFrom63To43) {
  const auto& block = Block(veilige_wijken_, "woninginbraak");
  const auto& municipality = block.series(0);
  EXPECT_EQ(municipality.points(0).count(), 491);
  EXPECT_EQ(municipality.points(0).denominator(), 78500);
  EXPECT_EQ(report::FormatRate(municipality.points(0).rate()), "6,3");
  EXPECT_EQ(report::FormatRate(municipality.points(4).rate()), "4,3");
  EXPECT_FALSE(municipality.points(4).rate_imported());

  const auto& baseline = Compare(block, cv1::COMPARISON_BASIS_BASELINE);
  EXPECT_EQ(baseline.from_period(), "2017H1");
  EXPECT_EQ(report::FormatPercentChange(baseline.change_percent()), "\u221231%");
  EXPECT_EQ(baseline.count_difference(), -141);
  EXPECT_EQ(baseline.direction(), cv1::CHANGE_DIRECTION_DECREASE);
  EXPECT_TRUE(baseline.significance().beyond_chance());
  EXPECT_EQ(block.goal_assessment().status(), cv1::GOAL_STATUS_ACHIEVED);
  EXPECT_EQ(block.goal_assessment().baseline_period(), "2017H1");
}

TEST_F(WorkedExampleSectionTest, StreetRobberyRoseByNineWithinChanceAndMissedItsGoal) {
  const auto& block = Block(veilige_wijken_, "straatroof");
  const auto& baseline = Compare(block, cv1::COMPARISON_BASIS_BASELINE);
  EXPECT_EQ(baseline.count_difference(), 9);
  EXPECT_DOUBLE_EQ(baseline.from_value(), 36);  // change measure: count
  EXPECT_EQ(baseline.direction(), cv1::CHANGE_DIRECTION_INCREASE);
  EXPECT_TRUE(baseline.significance().tested());
  EXPECT_FALSE(baseline.significance().beyond_chance());
  EXPECT_EQ(block.goal_assessment().status(), cv1::GOAL_STATUS_NOT_ACHIEVED);
}

TEST_F(WorkedExampleSectionTest, HoldUpsRoseByOneOnNineAndByThreeOnSeven) {
  const auto& block = Block(veilige_wijken_, "overval");
  EXPECT_EQ(Compare(block, cv1::COMPARISON_BASIS_BASELINE).count_difference(), 1);
  EXPECT_EQ(Compare(block, cv1::COMPARISON_BASIS_YEAR_EARLIER).count_difference(), 3);
  EXPECT_FALSE(Compare(block, cv1::COMPARISON_BASIS_BASELINE).significance().beyond_chance());
  EXPECT_FALSE(Compare(block, cv1::COMPARISON_BASIS_YEAR_EARLIER).significance().beyond_chance());
  EXPECT_EQ(block.goal_assessment().status(), cv1::GOAL_STATUS_NOT_ACHIEVED);
}

TEST_F(WorkedExampleSectionTest, BicycleTheftFellAgainstBaselineButRoseOnAYearEarlier) {
  const auto& block = Block(veilige_wijken_, "fietsdiefstal");
  EXPECT_EQ(
      report::FormatPercentChange(Compare(block, cv1::COMPARISON_BASIS_BASELINE).change_percent()),
      "\u221214%");
  EXPECT_EQ(Compare(block, cv1::COMPARISON_BASIS_YEAR_EARLIER).direction(),
            cv1::CHANGE_DIRECTION_INCREASE);
}

TEST_F(WorkedExampleSectionTest, VandalismPerThousandFellFourPercent) {
  const auto& block = Block(veilige_wijken_, "vernieling");
  EXPECT_EQ(
      report::FormatPercentChange(Compare(block, cv1::COMPARISON_BASIS_BASELINE).change_percent()),
      "\u22124%");
}

TEST_F(WorkedExampleSectionTest, CompositesSumTheirComponents) {
  const auto& common_crime = Block(veilige_wijken_, "veelvoorkomende_criminaliteit");
  const auto& point = common_crime.series(0).points(4);
  EXPECT_EQ(point.count(), 575 + 424 + 519);
  EXPECT_NEAR(point.rate(), (575.0 + 424 + 519) / 207500 * 1000, 1e-9);
  EXPECT_EQ(common_crime.goal_assessment().status(), cv1::GOAL_STATUS_ACHIEVED);
  // A group with only imported rates gets the sum of its components' rates.
  EXPECT_NEAR(common_crime.series(1).points(4).rate(), 2.7 + 2.59 + 2.4, 1e-9);

  const auto& hic = Block(veilige_wijken_, "high_impact_crimes");
  EXPECT_EQ(hic.series(0).points(0).count(), 491 + 36 + 9);
}

TEST_F(WorkedExampleSectionTest, ComparisonsAcrossTheRegistrationChangeCarryItsNote) {
  const auto& block = Block(veilige_wijken_, "woninginbraak");
  const auto& baseline = Compare(block, cv1::COMPARISON_BASIS_BASELINE);
  bool has_break = false;
  for (const auto& note : baseline.notes()) {
    has_break |= note.kind() == cv1::SERIES_NOTE_KIND_SERIES_BREAK &&
                 IsoDate(note.effective_from()) == "2018-07-01";
  }
  EXPECT_TRUE(has_break);
  // 2018H2 -> 2019H1 lies wholly after July 2018.
  EXPECT_EQ(Compare(block, cv1::COMPARISON_BASIS_PREVIOUS_PERIOD).notes_size(), 0);
}

TEST_F(WorkedExampleSectionTest, YouthSuspectsPerThousandResidentsCarryTheRegistrationNote) {
  const auto section =
      Build("zorg-veiligheid", cv1::THEME_ZORG_VEILIGHEID, {cv1::THEME_ZORG_VEILIGHEID});
  const auto& block = Block(section, "jeugdige_verdachten");
  EXPECT_NEAR(block.series(0).points(4).rate(), 1043.0 / 33600 * 1000, 1e-9);
  ASSERT_EQ(block.notes_size(), 1);
  EXPECT_EQ(block.notes(0).scope(), "indicator:jeugdige_verdachten");
  EXPECT_EQ(block.goal_assessment().status(), cv1::GOAL_STATUS_NOT_ACHIEVED);
}

TEST_F(WorkedExampleSectionTest, GeneralDevelopmentIsItsOwnBlock) {
  ASSERT_EQ(veilige_wijken_.general().indicators_size(), 1);
  EXPECT_EQ(veilige_wijken_.general().indicators(0).indicator().id(), "totaal_misdrijven");
  for (const auto& topic : veilige_wijken_.topics()) {
    for (const auto& block : topic.indicators()) {
      EXPECT_NE(block.indicator().theme(), cv1::THEME_GENERAL);
    }
  }
}

TEST_F(WorkedExampleSectionTest, ActivitiesOfThePeriodSitUnderTheirTopics) {
  int activities = 0;
  bool participation_topic = false;
  for (const auto& topic : veilige_wijken_.topics()) {
    activities += topic.activities_size();
    // The plan numbers the chapter; the activities name it by title alone.
    participation_topic |= topic.topic() == "1.5 Burgerparticipatie" && topic.indicators().empty();
  }
  EXPECT_EQ(activities, 15);
  EXPECT_TRUE(participation_topic);
  // Another half year has none of them.
  const auto later =
      Build("veilige-wijken", cv1::THEME_VEILIGE_WIJKEN, {cv1::THEME_VEILIGE_WIJKEN}, "2019H2");
  for (const auto& topic : later.topics()) EXPECT_EQ(topic.activities_size(), 0);
}

TEST_F(WorkedExampleSectionTest, AMissingBaselineMeansNoData) {
  // Restraining orders start in 2018: no 2017 baseline.
  auto request = WorkedExampleRequest("zorg-veiligheid");
  auto* indicator = request.mutable_indicators(2);
  ASSERT_EQ(indicator->id(), "huisverboden");
  indicator->mutable_goal()->set_direction(cv1::GOAL_DIRECTION_DECREASE);
  indicator->mutable_goal()->set_baseline_year(2017);
  SectionRequest section_request{"GM0034",
                                 Period::HalfYear(2019, 1),
                                 cv1::THEME_ZORG_VEILIGHEID,
                                 {cv1::THEME_ZORG_VEILIGHEID}};
  const auto section = BuildSection(InputFromRequest(request), section_request);
  const auto& block = Block(section, "huisverboden");
  EXPECT_EQ(block.goal_assessment().status(), cv1::GOAL_STATUS_NO_DATA);
  EXPECT_FALSE(Compare(block, cv1::COMPARISON_BASIS_BASELINE).has_change_percent());
  EXPECT_EQ(Compare(block, cv1::COMPARISON_BASIS_YEAR_EARLIER).count_difference(), 18 - 23);
}

TEST_F(WorkedExampleSectionTest, ThePlanSetsTheBaselineAndTheProjectionHorizon) {
  EXPECT_EQ(veilige_wijken_.plan().last_year(), 2022);
  const auto& burglary = Block(veilige_wijken_, "woninginbraak");
  const auto& projection = burglary.projection();
  EXPECT_EQ(projection.target_period(), "2022H1");
  EXPECT_EQ(projection.points_used(), 5);  // 2017H1 .. 2019H1
  ASSERT_TRUE(projection.has_projected_value());
  // Falling from 6.3 to 4.3 in two years: still falling three years on.
  EXPECT_LT(projection.projected_value(), burglary.goal_assessment().current_value());
  EXPECT_GT(projection.projected_value(), 0);
  EXPECT_EQ(projection.projected_status(), cv1::GOAL_STATUS_ACHIEVED);
  EXPECT_LE(projection.lower(), projection.projected_value());
  EXPECT_GE(projection.upper(), projection.projected_value());
  // No goal, no projection.
  EXPECT_FALSE(Block(veilige_wijken_, "fietsdiefstal").has_projection());
}

TEST_F(WorkedExampleSectionTest, PresentationRoundingTravelsWithTheUnroundedValues) {
  const auto& burglary = Block(veilige_wijken_, "woninginbraak");
  EXPECT_DOUBLE_EQ(burglary.series(0).points(0).rate_rounded(), 6.3);
  EXPECT_NE(burglary.series(0).points(0).rate(), 6.3);
  EXPECT_EQ(Compare(burglary, cv1::COMPARISON_BASIS_BASELINE).change_percent_rounded(), -31);
  const auto& robbery = Block(veilige_wijken_, "straatroof");
  EXPECT_DOUBLE_EQ(robbery.series(1).points(0).rate_rounded(), 0.21);  // two decimals below 1
}

// Months roll up into half years; a half year with months missing is marked incomplete.
TEST_F(WorkedExampleSectionTest, TopicsFollowThePlansChaptersAlsoWithoutFigures) {
  const auto zorg =
      Build("zorg-veiligheid", cv1::THEME_ZORG_VEILIGHEID, {cv1::THEME_ZORG_VEILIGHEID});
  std::vector<std::string> topics;
  for (const auto& topic : zorg.topics()) topics.push_back(topic.number() + "|" + topic.topic());
  EXPECT_EQ(topics,
            (std::vector<std::string>{"3.1|3.1 Jeugdoverlast en -criminaliteit",
                                      "3.2|3.2 School en veiligheid", "3.3|3.3 Woonoverlast",
                                      "3.4|3.4 Radicalisering", "3.5|3.5 Huiselijk geweld"}));
  // Activities named by title alone land in the plan's numbered chapter.
  ASSERT_GE(veilige_wijken_.topics_size(), 5);
  EXPECT_EQ(veilige_wijken_.topics(4).topic(), "1.5 Burgerparticipatie");
  EXPECT_EQ(veilige_wijken_.topics(4).activities_size(), 3);
}

TEST_F(WorkedExampleSectionTest, TheDepartmentsTextsStandWhereTheyWereWritten) {
  EXPECT_TRUE(veilige_wijken_.staff_text().starts_with("Een veilige wijk"));
  EXPECT_TRUE(veilige_wijken_.topics(0).staff_text().starts_with("**Wat hebben wij gedaan?**"));
  EXPECT_TRUE(veilige_wijken_.topics(1).staff_text().empty());
  // Introduction and conclusion come from the service with the general part.
  EXPECT_TRUE(veilige_wijken_.report_introduction().starts_with("In het Actieplan"));
  EXPECT_TRUE(veilige_wijken_.report_conclusion().starts_with("De eerste helft van 2019"));
  // Another period has none of them.
  const auto later = Build("veilige-wijken", cv1::THEME_VEILIGE_WIJKEN,
                           {cv1::THEME_GENERAL, cv1::THEME_VEILIGE_WIJKEN}, "2019H2");
  EXPECT_TRUE(later.staff_text().empty());
  EXPECT_TRUE(later.report_introduction().empty());
}

TEST_F(WorkedExampleSectionTest, GoalProgressBeforeThePlansEnd) {
  EXPECT_EQ(Block(veilige_wijken_, "woninginbraak").goal_assessment().progress(),
            cv1::GOAL_PROGRESS_ON_TRACK);
  EXPECT_EQ(Block(veilige_wijken_, "straatroof").goal_assessment().progress(),
            cv1::GOAL_PROGRESS_OFF_TRACK);
}

TEST(GoalProgressTest, AtThePlansEndAGoalIsAchievedOrNot) {
  auto request = WorkedExampleRequest("veilige-wijken");
  // The plan ends with 2019, so 2019H2 is its last report.
  request.mutable_plans(0)->set_last_year(2019);
  // The same figures once more in 2019H2 (collected first: adding while
  // iterating would move the elements under the loop).
  std::vector<cv1::Observation> later;
  for (const auto& o : request.observations()) {
    if (o.area() == "GM0034" && o.period() == "2019H1") {
      later.push_back(o);
      later.back().set_period("2019H2");
    }
  }
  for (auto& o : later) *request.add_observations() = std::move(o);
  SectionInput input = InputFromRequest(request);
  const auto city = std::find_if(
      input.denominators.begin(), input.denominators.end(),
      [](const cv1::Denominator& d) { return d.area() == "GM0034" && d.period() == "2019H1"; });
  ASSERT_NE(city, input.denominators.end());
  cv1::Denominator d = *city;
  d.set_period("2019H2");
  input.denominators.push_back(d);
  SectionRequest section_request{
      "GM0034", Period::HalfYear(2019, 2), cv1::THEME_VEILIGE_WIJKEN, {cv1::THEME_VEILIGE_WIJKEN}};
  const auto section = BuildSection(input, section_request);
  for (const auto& topic : section.topics()) {
    for (const auto& block : topic.indicators()) {
      if (!block.has_goal_assessment()) continue;
      const auto progress = block.goal_assessment().progress();
      EXPECT_TRUE(progress == cv1::GOAL_PROGRESS_ACHIEVED ||
                  progress == cv1::GOAL_PROGRESS_NOT_ACHIEVED ||
                  progress == cv1::GOAL_PROGRESS_NOT_ASSESSABLE)
          << block.indicator().id() << " " << progress;
      if (block.indicator().id() == "woninginbraak") {
        EXPECT_EQ(progress, cv1::GOAL_PROGRESS_ACHIEVED);
      }
    }
  }
}

TEST(SectionBuilderTest, MonthlyFiguresRollUpAndIncompleteHalfYearsAreMarked) {
  SectionInput input;
  cv1::Indicator indicator;
  indicator.set_id("fietsdiefstal");
  indicator.set_theme(cv1::THEME_VEILIGE_WIJKEN);
  indicator.set_topic("1.2");
  indicator.set_unit(cv1::UNIT_PER_1000_INHABITANTS);
  indicator.set_change_measure(cv1::CHANGE_MEASURE_RATE);
  input.indicators.push_back(indicator);
  cv1::Area area;
  area.set_code("GM0001");
  area.set_name("Testgemeente");
  area.set_kind(cv1::AREA_KIND_MUNICIPALITY);
  input.areas["GM0001"] = area;
  cv1::Denominator d;
  d.set_area("GM0001");
  d.set_period("2019");
  d.set_inhabitants(10000);
  input.denominators.push_back(d);
  int64_t first_half = 0;
  for (int month = 1; month <= 10; ++month) {  // Nov and Dec missing
    cv1::Observation o;
    o.set_indicator("fietsdiefstal");
    o.set_area("GM0001");
    o.set_period(Period::Month(2019, month).ToString());
    o.set_count(int64_t{month} * 3);
    if (month <= 6) first_half += int64_t{month} * 3;
    input.observations.push_back(o);
  }
  SectionRequest request{
      "GM0001", Period::HalfYear(2019, 2), cv1::THEME_VEILIGE_WIJKEN, {cv1::THEME_VEILIGE_WIJKEN}};
  const auto section = BuildSection(input, request);
  const auto& points = section.topics(0).indicators(0).series(0).points();
  EXPECT_EQ(points[3].period(), "2019H1");
  EXPECT_EQ(points[3].count(), first_half);
  EXPECT_TRUE(points[3].complete());
  EXPECT_NEAR(points[3].rate(), first_half / 10.0, 1e-9);  // the year's denominator applies
  EXPECT_EQ(points[4].count(), (7 + 8 + 9 + 10) * 3);
  EXPECT_FALSE(points[4].complete());
  // The incomplete half is not compared as if whole.
  const auto& comparisons = section.topics(0).indicators(0).comparisons();
  auto previous_it = std::find_if(comparisons.begin(), comparisons.end(), [](const auto& c) {
    return c.basis() == cv1::COMPARISON_BASIS_PREVIOUS_PERIOD;
  });
  ASSERT_NE(previous_it, comparisons.end());
  const auto& previous = *previous_it;
  EXPECT_TRUE(previous.incomplete());
  EXPECT_FALSE(previous.has_change_percent());
  EXPECT_FALSE(previous.has_count_difference());
  EXPECT_FALSE(previous.significance().tested());
}

// A group defined by its members: sum of counts over sum of denominators.
TEST(SectionBuilderTest, AGroupWithMembersSumsTheirCountsAndDenominators) {
  SectionInput input;
  cv1::Indicator indicator;
  indicator.set_id("woninginbraak");
  indicator.set_theme(cv1::THEME_VEILIGE_WIJKEN);
  indicator.set_topic("1.1");
  indicator.set_unit(cv1::UNIT_PER_1000_DWELLINGS);
  indicator.set_change_measure(cv1::CHANGE_MEASURE_RATE);
  input.indicators.push_back(indicator);
  const std::vector<std::tuple<const char*, int64_t, int64_t>> members = {{"GM0001", 100, 40000},
                                                                          {"GM0002", 60, 10000}};
  cv1::Area group;
  group.set_code("G_TEST");
  group.set_name("Testgroep");
  group.set_kind(cv1::AREA_KIND_COMPARISON_GROUP);
  for (const auto& [code, count, dwellings] : members) {
    group.add_members(code);
    cv1::Area area;
    area.set_code(code);
    area.set_name(code);
    area.set_kind(cv1::AREA_KIND_MUNICIPALITY);
    area.add_comparison_groups("G_TEST");
    input.areas[code] = area;
    cv1::Observation o;
    o.set_indicator("woninginbraak");
    o.set_area(code);
    o.set_period("2019H1");
    o.set_count(count);
    input.observations.push_back(o);
    cv1::Denominator d;
    d.set_area(code);
    d.set_period("2019H1");
    d.set_dwellings(dwellings);
    input.denominators.push_back(d);
  }
  input.areas["G_TEST"] = group;
  SectionRequest request{
      "GM0001", Period::HalfYear(2019, 1), cv1::THEME_VEILIGE_WIJKEN, {cv1::THEME_VEILIGE_WIJKEN}};
  const auto section = BuildSection(input, request);
  const auto& block = section.topics(0).indicators(0);
  ASSERT_EQ(block.series_size(), 2);
  const auto& point = block.series(1).points(4);
  EXPECT_EQ(point.count(), 160);
  EXPECT_EQ(point.denominator(), 50000);
  EXPECT_DOUBLE_EQ(point.rate(), 3.2);  // not the mean of 2.5 and 6.0
  EXPECT_FALSE(point.rate_imported());
}

// Property: the rate of a composite equals the sum of its components' rates
// when they share a denominator.
TEST(SectionBuilderTest, CompositeRateEqualsSumOfComponentRatesForAnyCounts) {
  for (int seed = 1; seed <= 50; ++seed) {
    SectionInput input;
    cv1::Indicator total;
    total.set_id("totaal");
    total.set_theme(cv1::THEME_VEILIGE_WIJKEN);
    total.set_topic("t");
    total.set_unit(cv1::UNIT_PER_1000_INHABITANTS);
    total.set_change_measure(cv1::CHANGE_MEASURE_RATE);
    cv1::Area area;
    area.set_code("GM0001");
    area.set_name("x");
    area.set_kind(cv1::AREA_KIND_MUNICIPALITY);
    input.areas["GM0001"] = area;
    cv1::Denominator d;
    d.set_area("GM0001");
    d.set_period("2019H1");
    d.set_inhabitants(1000 + seed * 997 % 50000);
    input.denominators.push_back(d);
    double component_rates = 0;
    const cv1::Indicator plain = total;
    for (int c = 0; c < 3; ++c) {
      cv1::Indicator component = plain;
      component.set_id(std::string("c").append(std::to_string(c)));
      input.indicators.push_back(component);
      total.add_components(component.id());
      cv1::Observation o;
      o.set_indicator(component.id());
      o.set_area("GM0001");
      o.set_period("2019H1");
      o.set_count((seed * 7919 + c * 104729) % 5000);
      input.observations.push_back(o);
      component_rates += o.count() * 1000.0 / d.inhabitants();
    }
    input.indicators.push_back(total);
    SectionRequest request{"GM0001",
                           Period::HalfYear(2019, 1),
                           cv1::THEME_VEILIGE_WIJKEN,
                           {cv1::THEME_VEILIGE_WIJKEN}};
    const auto section = BuildSection(input, request);
    const auto& blocks = section.topics(0).indicators();
    EXPECT_NEAR(blocks[3].series(0).points(4).rate(), component_rates, 1e-9) << "seed " << seed;
  }
}

}  // namespace
}  // namespace veilig::theme
