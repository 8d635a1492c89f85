#include "common/theme/validation.h"

#include <gtest/gtest.h>

#include "common/domain/calendar_date.h"

namespace veilig::theme {
namespace {

namespace cv1 = common::v1;

const std::set<cv1::Theme> kVeiligeWijken = {cv1::THEME_GENERAL, cv1::THEME_VEILIGE_WIJKEN};

v1::UpsertThemeDataRequest ValidRequest() {
  v1::UpsertThemeDataRequest r;
  r.set_parent("municipalities/GM0034");
  auto* area = r.add_areas();
  area->set_code("GM0034");
  area->set_name("Almere");
  area->set_kind(cv1::AREA_KIND_MUNICIPALITY);
  auto* indicator = r.add_indicators();
  indicator->set_id("woninginbraak");
  indicator->set_title("Woninginbraken");
  indicator->set_theme(cv1::THEME_VEILIGE_WIJKEN);
  indicator->set_topic("1.1 High impact crimes");
  indicator->set_unit(cv1::UNIT_PER_1000_DWELLINGS);
  indicator->set_change_measure(cv1::CHANGE_MEASURE_RATE);
  indicator->add_police_codes("1.1.1");
  indicator->mutable_goal()->set_direction(cv1::GOAL_DIRECTION_DECREASE);
  indicator->mutable_goal()->set_baseline_year(2017);
  auto* d = r.add_denominators();
  d->set_area("GM0034");
  d->set_period("2019H1");
  d->set_dwellings(81200);
  auto* o = r.add_observations();
  o->set_indicator("woninginbraak");
  o->set_area("GM0034");
  o->set_period("2019H1");
  o->set_count(350);
  auto* n = r.add_series_notes();
  n->set_scope("source:Nationale Politie");
  *n->mutable_effective_from() = DateFromIso("2018-07-01");
  n->set_kind(cv1::SERIES_NOTE_KIND_SERIES_BREAK);
  n->set_text("Registratiewijziging");
  auto* a = r.add_activities();
  a->set_theme(cv1::THEME_VEILIGE_WIJKEN);
  a->set_topic("1.1 High impact crimes");
  a->set_period("2019H1");
  a->set_quantity(162);
  a->set_unit("PKVW-adviezen");
  a->set_description("Preventieadvies");
  auto* p = r.add_plans();
  p->set_municipality("GM0034");
  p->set_title("Actieplan Veiligheid 2019-2022");
  p->set_first_year(2019);
  p->set_last_year(2022);
  p->set_baseline_year(2017);
  auto* chapter = p->add_topics();
  chapter->set_theme(cv1::THEME_VEILIGE_WIJKEN);
  chapter->set_number("1.1");
  chapter->set_title("High impact crimes");
  auto* t = r.add_texts();
  t->set_theme(cv1::THEME_VEILIGE_WIJKEN);
  t->set_topic("1.1 High impact crimes");
  t->set_period("2019H1");
  t->set_place(cv1::TEXT_PLACE_TOPIC);
  t->set_body("**Wat hebben wij gedaan?** Advies aan huis.");
  auto* b = r.add_boundaries();
  b->set_area("GM0034");
  b->set_year(2019);
  auto* ring = b->add_polygons()->add_rings();
  for (double c : {140000, 480000, 141000, 480000, 141000, 481000, 140000, 480000}) {
    ring->add_coordinates(c);
  }
  return r;
}

struct Case {
  const char* name;
  std::function<void(v1::UpsertThemeDataRequest&)> spoil;
  const char* field;
};

class ValidationTest : public ::testing::TestWithParam<Case> {};

TEST(ValidationBaseTest, TheValidRequestPasses) {
  auto r = ValidRequest();
  EXPECT_TRUE(ValidateUpsert(r, kVeiligeWijken).ok());
  EXPECT_TRUE(ValidateReferences(r, {}, {}).ok());
}

TEST_P(ValidationTest, NamesTheOffendingField) {
  auto r = ValidRequest();
  GetParam().spoil(r);
  absl::Status status = ValidateUpsert(r, kVeiligeWijken);
  if (status.ok()) status = ValidateReferences(r, {}, {});
  ASSERT_EQ(status.code(), absl::StatusCode::kInvalidArgument) << GetParam().name;
  EXPECT_EQ(status.message().substr(0, std::string(GetParam().field).size() + 1),
            std::string(GetParam().field) + ":")
      << status.message();
}

INSTANTIATE_TEST_SUITE_P(
    EveryMessage, ValidationTest,
    ::testing::Values(
        Case{"area code", [](auto& r) { r.mutable_areas(0)->set_code("gm34"); }, "areas[0].code"},
        Case{"division year", [](auto& r) { r.mutable_areas(0)->set_first_year(19); },
             "areas[0].first_year"},
        Case{"division ends before it starts",
             [](auto& r) {
               r.mutable_areas(0)->set_first_year(2019);
               r.mutable_areas(0)->set_last_year(2018);
             },
             "areas[0].last_year"},
        Case{"outline of an unknown area",
             [](auto& r) { r.mutable_boundaries(0)->set_area("WK003499"); },
             "boundaries[0].area"},
        Case{"outline without year", [](auto& r) { r.mutable_boundaries(0)->clear_year(); },
             "boundaries[0].year"},
        Case{"outline without polygons", [](auto& r) { r.mutable_boundaries(0)->clear_polygons(); },
             "boundaries[0].polygons"},
        Case{"outline in degrees",
             [](auto& r) {
               auto* ring = r.mutable_boundaries(0)->mutable_polygons(0)->mutable_rings(0);
               ring->set_coordinates(0, 5.2);
             },
             "boundaries[0].polygons[0].rings[0].coordinates"},
        Case{"open outline",
             [](auto& r) {
               auto* ring = r.mutable_boundaries(0)->mutable_polygons(0)->mutable_rings(0);
               ring->set_coordinates(7, 480001);
             },
             "boundaries[0].polygons[0].rings[0].coordinates"},
        Case{"text of a foreign theme",
             [](auto& r) { r.mutable_texts(0)->set_theme(cv1::THEME_ONDERMIJNING); },
             "texts[0].theme"},
        Case{"text period", [](auto& r) { r.mutable_texts(0)->set_period("2019-H1"); },
             "texts[0].period"},
        Case{"text place", [](auto& r) { r.mutable_texts(0)->clear_place(); }, "texts[0].place"},
        Case{"topic text without topic", [](auto& r) { r.mutable_texts(0)->clear_topic(); },
             "texts[0].topic"},
        Case{"introduction of a theme",
             [](auto& r) { r.mutable_texts(0)->set_place(cv1::TEXT_PLACE_INTRODUCTION); },
             "texts[0].theme"},
        Case{"text too long",
             [](auto& r) { r.mutable_texts(0)->set_body(std::string(20001, 'a')); },
             "texts[0].body"},
        Case{"text without parent", [](auto& r) { r.clear_parent(); r.clear_plans();
                                                   r.mutable_indicators(0)->clear_goal();
                                                   r.clear_activities(); },
             "texts[0].theme"},
        Case{"chapter number", [](auto& r) { r.mutable_plans(0)->mutable_topics(0)->set_number("1.a"); },
             "plans[0].topics[0].number"},
        Case{"chapter theme",
             [](auto& r) { r.mutable_plans(0)->mutable_topics(0)->set_theme(cv1::THEME_GENERAL); },
             "plans[0].topics[0].theme"},
        Case{"chapter title", [](auto& r) { r.mutable_plans(0)->mutable_topics(0)->clear_title(); },
             "plans[0].topics[0].title"},
        Case{"noun kind",
             [](auto& r) { r.mutable_indicators(0)->set_noun_kind(cv1::NounKind(7)); },
             "indicators[0].noun_kind"},
        Case{"area name", [](auto& r) { r.mutable_areas(0)->clear_name(); }, "areas[0].name"},
        Case{"area kind", [](auto& r) { r.mutable_areas(0)->set_kind(cv1::AreaKind(99)); },
             "areas[0].kind"},
        Case{"area member", [](auto& r) { r.mutable_areas(0)->add_members("nope nope"); },
             "areas[0].members[0]"},
        Case{"unknown group",
             [](auto& r) { r.mutable_areas(0)->add_comparison_groups("G_UNKNOWN"); },
             "areas[0].comparison_groups[0]"},
        Case{"indicator id", [](auto& r) { r.mutable_indicators(0)->set_id("Bad Id"); },
             "indicators[0].id"},
        Case{"indicator title", [](auto& r) { r.mutable_indicators(0)->clear_title(); },
             "indicators[0].title"},
        Case{"foreign theme",
             [](auto& r) { r.mutable_indicators(0)->set_theme(cv1::THEME_ONDERMIJNING); },
             "indicators[0].theme"},
        Case{"no unit", [](auto& r) { r.mutable_indicators(0)->clear_unit(); },
             "indicators[0].unit"},
        Case{"rate of a count", [](auto& r) { r.mutable_indicators(0)->set_unit(cv1::UNIT_COUNT); },
             "indicators[0].change_measure"},
        Case{"police code", [](auto& r) { r.mutable_indicators(0)->add_police_codes("1.1 1"); },
             "indicators[0].police_codes[1]"},
        Case{"self component",
             [](auto& r) { r.mutable_indicators(0)->add_components("woninginbraak"); },
             "indicators[0].components[0]"},
        Case{"unknown component",
             [](auto& r) { r.mutable_indicators(0)->add_components("onbekend"); },
             "indicators[0].components[0]"},
        Case{"goal year",
             [](auto& r) { r.mutable_indicators(0)->mutable_goal()->set_baseline_year(17); },
             "indicators[0].goal.baseline_year"},
        Case{"goal direction",
             [](auto& r) { r.mutable_indicators(0)->mutable_goal()->clear_direction(); },
             "indicators[0].goal.direction"},
        Case{"denominator period", [](auto& r) { r.mutable_denominators(0)->set_period("2019-1"); },
             "denominators[0].period"},
        Case{"negative denominator", [](auto& r) { r.mutable_denominators(0)->set_dwellings(-1); },
             "denominators[0].dwellings"},
        Case{"empty denominator", [](auto& r) { r.mutable_denominators(0)->clear_dwellings(); },
             "denominators[0].inhabitants"},
        Case{"unknown area of denominator",
             [](auto& r) { r.mutable_denominators(0)->set_area("GM0363"); },
             "denominators[0].area"},
        Case{"bad period", [](auto& r) { r.mutable_observations(0)->set_period("2019H3"); },
             "observations[0].period"},
        Case{"negative count", [](auto& r) { r.mutable_observations(0)->set_count(-1); },
             "observations[0].count"},
        Case{"no figure", [](auto& r) { r.mutable_observations(0)->clear_count(); },
             "observations[0].count"},
        Case{"infinite rate", [](auto& r) { r.mutable_observations(0)->set_rate(1.0 / 0.0); },
             "observations[0].rate"},
        Case{"one bound", [](auto& r) { r.mutable_observations(0)->set_lower_bound(10); },
             "observations[0].upper_bound"},
        Case{"bounds on a count",
             [](auto& r) {
               auto* o = r.mutable_observations(0);
               o->set_rate(20), o->set_lower_bound(18), o->set_upper_bound(22);
             },
             "observations[0].count"},
        Case{"lower bound above the percentage",
             [](auto& r) {
               auto* o = r.mutable_observations(0);
               o->clear_count(), o->set_rate(20), o->set_lower_bound(21), o->set_upper_bound(23);
             },
             "observations[0].lower_bound"},
        Case{"upper bound above 100",
             [](auto& r) {
               auto* o = r.mutable_observations(0);
               o->clear_count(), o->set_rate(99), o->set_lower_bound(98), o->set_upper_bound(101);
             },
             "observations[0].upper_bound"},
        Case{"goal on a survey percentage",
             [](auto& r) {
               auto* i = r.mutable_indicators(0);
               i->set_unit(cv1::UNIT_PERCENT), i->set_change_measure(cv1::CHANGE_MEASURE_RATE);
             },
             "indicators[0].goal"},
        Case{"unknown indicator",
             [](auto& r) { r.mutable_observations(0)->set_indicator("fietsdiefstal"); },
             "observations[0].indicator"},
        Case{"unknown area", [](auto& r) { r.mutable_observations(0)->set_area("GM0363"); },
             "observations[0].area"},
        Case{"note scope", [](auto& r) { r.mutable_series_notes(0)->set_scope("everything"); },
             "series_notes[0].scope"},
        Case{"note theme", [](auto& r) { r.mutable_series_notes(0)->set_scope("theme:verkeer"); },
             "series_notes[0].scope"},
        Case{"note date",
             [](auto& r) { *r.mutable_series_notes(0)->mutable_effective_from() = DateFromIso("2018-02-30"); },
             "series_notes[0].effective_from"},
        Case{"note kind", [](auto& r) { r.mutable_series_notes(0)->clear_kind(); },
             "series_notes[0].kind"},
        Case{"note text", [](auto& r) { r.mutable_series_notes(0)->clear_text(); },
             "series_notes[0].text"},
        Case{"activity theme",
             [](auto& r) { r.mutable_activities(0)->set_theme(cv1::THEME_CRISISBEHEERSING); },
             "activities[0].theme"},
        Case{"activity quantity", [](auto& r) { r.mutable_activities(0)->set_quantity(-3); },
             "activities[0].quantity"},
        Case{"activity period", [](auto& r) { r.mutable_activities(0)->set_period("H1"); },
             "activities[0].period"},
        Case{"activity unit", [](auto& r) { r.mutable_activities(0)->clear_unit(); },
             "activities[0].unit"},
        Case{"plan municipality", [](auto& r) { r.mutable_plans(0)->set_municipality("G_100K"); },
             "plans[0].municipality"},
        Case{"plan title", [](auto& r) { r.mutable_plans(0)->clear_title(); }, "plans[0].title"},
        Case{"plan years", [](auto& r) { r.mutable_plans(0)->set_last_year(2018); },
             "plans[0].last_year"},
        Case{"plan baseline", [](auto& r) { r.mutable_plans(0)->set_baseline_year(2020); },
             "plans[0].baseline_year"},
        Case{"plan of unknown municipality",
             [](auto& r) { r.mutable_plans(0)->set_municipality("GM0363"); },
             "plans[0].municipality"},
        Case{"partner with newline", [](auto& r) { r.mutable_activities(0)->add_partners("a\nb"); },
             "activities[0].partners[0]"},
        Case{"malformed parent", [](auto& r) { r.set_parent("GM0034"); }, "parent"},
        Case{"goal without owner",
             [](auto& r) {
               r.clear_parent();
               r.clear_plans();
               r.clear_activities();
             },
             "indicators[0].goal"},
        Case{"activity without owner",
             [](auto& r) {
               r.clear_parent();
               r.clear_plans();
               r.mutable_indicators(0)->clear_goal();
             },
             "activities[0].theme"},
        Case{"another municipality's note",
             [](auto& r) { r.mutable_series_notes(0)->set_municipality("GM0363"); },
             "series_notes[0].municipality"}),
    [](const ::testing::TestParamInfo<Case>& info) {
      std::string name = info.param.name;
      for (char& c : name) {
        if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
      }
      return name;
    });

TEST(ValidationBaseTest, StoredIndicatorsAndAreasCountAsKnown) {
  auto r = ValidRequest();
  r.clear_indicators();
  r.clear_areas();
  EXPECT_FALSE(ValidateReferences(r, {}, {}).ok());
  EXPECT_TRUE(ValidateReferences(r, {"woninginbraak"}, {"GM0034"}).ok());
}

}  // namespace
}  // namespace veilig::theme
