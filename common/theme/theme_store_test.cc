#include "common/theme/theme_store.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "common/domain/calendar_date.h"
#include "common/storage/testing/test_database.h"
#include "common/theme/figures.h"
#include "common/theme/validation.h"
#include "common/theme/worked_example_testing.h"

namespace veilig::theme {
namespace {

namespace cv1 = common::v1;

class ThemeStoreTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    VEILIG_REQUIRE_TEST_DATABASE(test_db_);
    versioned_ = std::make_unique<VersionedDatabase>(test_db_.db());
    ASSERT_TRUE(versioned_->Migrate(ThemeStore::Migrations()).ok());
    store_ = std::make_unique<ThemeStore>(*versioned_);
  }
  void TearDown() override { store_.reset(); }

  absl::StatusOr<v1::UpsertThemeDataResponse> Upsert(const v1::UpsertThemeDataRequest& request) {
    return store_->Upsert(request, [&request](const auto& indicators, const auto& areas) {
      return ValidateReferences(request, indicators, areas);
    });
  }

  storage::testing::TestDatabase test_db_{GetParam()};
  std::unique_ptr<VersionedDatabase> versioned_;
  std::unique_ptr<ThemeStore> store_;
};

INSTANTIATE_TEST_SUITE_P(Backends, ThemeStoreTest,
                         ::testing::ValuesIn(storage::testing::Backends()),
                         [](const auto& info) { return info.param; });

TEST_P(ThemeStoreTest, StoresTheWorkedExampleAndLoadsItBackForASection) {
  const auto request = testing::WorkedExampleRequest("veilige-wijken");
  auto response = Upsert(request);
  ASSERT_TRUE(response.ok()) << response.status();
  EXPECT_EQ(response->observations(), request.observations_size());

  auto input = store_->LoadSectionInput("GM0034", 2017, 2019);
  ASSERT_TRUE(input.ok()) << input.status();
  EXPECT_EQ(input->indicators.size(), static_cast<size_t>(request.indicators_size()));
  EXPECT_EQ(input->indicators.front().id(), "totaal_misdrijven");  // import order kept
  // Every observation of the municipality and its comparison groups; the
  // country's (for the policy indicators) are not the report's.
  const auto of_country =
      std::count_if(request.observations().begin(), request.observations().end(),
                    [](const auto& o) { return o.area() == "NL01"; });
  EXPECT_GT(of_country, 0);
  EXPECT_EQ(input->observations.size(),
            static_cast<size_t>(request.observations_size() - of_country));
  EXPECT_EQ(input->activities.size(), static_cast<size_t>(request.activities_size()));
  const auto& almere = input->areas.at("GM0034");
  ASSERT_EQ(almere.comparison_groups_size(), 2);
  EXPECT_EQ(almere.comparison_groups(0), "RE_MIDDEN_NEDERLAND");

  // Round trip of an indicator with every field.
  auto indicator = store_->GetIndicator("fraude_online_handel");
  ASSERT_TRUE(indicator.ok() && indicator->has_value());
  EXPECT_EQ((*indicator)->police_codes_size(), 2);
  auto composite = store_->GetIndicator("veelvoorkomende_criminaliteit");
  ASSERT_TRUE(composite.ok() && composite->has_value());
  EXPECT_EQ((*composite)->components_size(), 3);
  // The definition is shared; the goal is Almere's.
  EXPECT_FALSE((*composite)->has_goal());
  const auto with_goal =
      std::find_if(input->indicators.begin(), input->indicators.end(),
                   [](const auto& i) { return i.id() == "veelvoorkomende_criminaliteit"; });
  ASSERT_NE(with_goal, input->indicators.end());
  EXPECT_EQ(with_goal->goal().direction(), cv1::GOAL_DIRECTION_NOT_INCREASE);
  EXPECT_EQ(*store_->PlanBaselineYear("GM0034"), 2017);
  ASSERT_TRUE(input->plan.has_value());
  EXPECT_EQ(input->plan->title(), "Actieplan Veiligheid Almere 2019-2022");
}

cv1::Area SubArea(const std::string& code, const std::string& name, cv1::AreaKind kind,
                  const std::string& parent) {
  cv1::Area area;
  area.set_code(code);
  area.set_name(name);
  area.set_kind(kind);
  area.set_parent(parent);
  area.set_first_year(2019);
  return area;
}

cv1::AreaBoundary Square(const std::string& area, double x, double y) {
  cv1::AreaBoundary boundary;
  boundary.set_area(area);
  boundary.set_year(2019);
  boundary.set_attribution("Kadaster / CBS, 2019");
  auto* ring = boundary.add_polygons()->add_rings();
  for (const auto& [dx, dy] :
       std::vector<std::pair<double, double>>{{0, 0}, {1000, 0}, {1000, 1000}, {0, 1000}, {0, 0}}) {
    ring->add_coordinates(x + dx);
    ring->add_coordinates(y + dy);
  }
  return boundary;
}

// A wijk whose police figures come per buurt sums them; a wijk with a figure
// of its own keeps it. Outlines come back per parent and year.
TEST_P(ThemeStoreTest, AreasBelowTheMunicipalityWithTheirFiguresAndOutlines) {
  ASSERT_TRUE(Upsert(testing::WorkedExampleRequest("veilige-wijken")).ok());
  // A municipality of the test's own: the worked example brings Almere's
  // real wijken and buurten.
  v1::UpsertThemeDataRequest below;
  cv1::Area municipality;
  municipality.set_code("GM0999");
  municipality.set_name("Testgemeente");
  municipality.set_kind(cv1::AREA_KIND_MUNICIPALITY);
  *below.add_areas() = municipality;
  *below.add_areas() = SubArea("WK099901", "Noord", cv1::AREA_KIND_DISTRICT, "GM0999");
  *below.add_areas() = SubArea("WK099902", "Zuid", cv1::AREA_KIND_DISTRICT, "GM0999");
  *below.add_areas() =
      SubArea("BU09990101", "Centrum Noord", cv1::AREA_KIND_NEIGHBOURHOOD, "WK099901");
  *below.add_areas() = SubArea("BU09990102", "De Werven", cv1::AREA_KIND_NEIGHBOURHOOD, "WK099901");
  const auto observe = [&below](const std::string& area, const std::string& period, int count) {
    auto* o = below.add_observations();
    o->set_indicator("woninginbraak");
    o->set_area(area);
    o->set_period(period);
    o->set_count(count);
  };
  observe("BU09990101", "2019M01", 3);
  observe("BU09990102", "2019M01", 4);
  observe("WK099902", "2019M01", 11);
  *below.add_boundaries() = Square("WK099901", 140000, 480000);
  *below.add_boundaries() = Square("WK099902", 141000, 480000);
  auto written = Upsert(below);
  ASSERT_TRUE(written.ok()) << written.status();
  EXPECT_EQ(written->boundaries(), 2);

  std::vector<std::string> children;
  auto input = store_->LoadAreaFiguresInput("GM0999", 2019, 2019, children);
  ASSERT_TRUE(input.ok()) << input.status();
  EXPECT_EQ(children, (std::vector<std::string>{"WK099901", "WK099902"}));
  EXPECT_EQ(input->areas.at("WK099901").first_year(), 2019);
  const Figures figures(*input);
  const cv1::Indicator* burglary = figures.FindIndicator("woninginbraak");
  ASSERT_NE(burglary, nullptr);
  const Period january = *Period::Parse("2019M01");
  EXPECT_EQ(figures.At(*burglary, "WK099901", january).count, 7);
  EXPECT_EQ(figures.At(*burglary, "WK099902", january).count, 11);

  auto outlines = store_->ListBoundariesBelow("GM0999", 2019, 0, 10);
  ASSERT_TRUE(outlines.ok()) << outlines.status();
  ASSERT_EQ(outlines->size(), 2u);
  EXPECT_EQ((*outlines)[1].area(), "WK099902");
  EXPECT_EQ((*outlines)[1].attribution(), "Kadaster / CBS, 2019");
  EXPECT_EQ((*outlines)[1].polygons(0).rings(0).coordinates(2), 142000);
  EXPECT_TRUE(store_->ListBoundariesBelow("GM0999", 2018, 0, 10)->empty());

  // An outline of an area nobody imported is refused whole.
  v1::UpsertThemeDataRequest unknown;
  *unknown.add_boundaries() = Square("WK099999", 140000, 480000);
  auto refused = Upsert(unknown);
  ASSERT_FALSE(refused.ok());
  EXPECT_TRUE(std::string(refused.status().message()).starts_with("boundaries[0].area: unknown"))
      << refused.status();
}

TEST_P(ThemeStoreTest, TextsChaptersAndNounsComeBackAndAnEmptyTextRemovesOne) {
  auto request = testing::WorkedExampleRequest("veilige-wijken");
  ASSERT_TRUE(Upsert(request).ok());
  auto input = store_->LoadSectionInput("GM0034", 2017, 2019);
  ASSERT_TRUE(input.ok()) << input.status();
  ASSERT_TRUE(input->plan.has_value());
  EXPECT_EQ(input->plan->department(), "Afdeling Openbare Orde en Veiligheid");
  ASSERT_EQ(input->plan->topics_size(), request.plans(0).topics_size());
  EXPECT_EQ(input->plan->topics(2).number(), "1.3");
  EXPECT_EQ(input->plan->topics(2).title(), "Cyberveiligheid");
  const auto fraud = std::find_if(input->indicators.begin(), input->indicators.end(),
                                  [](const auto& i) { return i.id() == "fraude_online_handel"; });
  ASSERT_NE(fraud, input->indicators.end());
  EXPECT_EQ(fraud->noun(), "fraude met online handel");
  EXPECT_EQ(fraud->noun_kind(), cv1::NOUN_KIND_MASS);
  ASSERT_EQ(input->texts.size(), static_cast<size_t>(request.texts_size()));

  // Signal settings come back as written; an indicator without keeps none.
  EXPECT_FALSE(fraud->has_signal_settings());
  v1::UpsertThemeDataRequest tuned;
  cv1::Indicator with_settings = *fraud;
  with_settings.mutable_signal_settings()->set_min_count(8);
  with_settings.mutable_signal_settings()->set_weights(cv1::NEIGHBOUR_WEIGHTS_DISTANCE_BAND);
  with_settings.mutable_signal_settings()->set_distance_band(900.5);
  *tuned.add_indicators() = with_settings;
  ASSERT_TRUE(Upsert(tuned).ok());
  auto listed = store_->ListIndicators("", 0, 100);
  ASSERT_TRUE(listed.ok()) << listed.status();
  const auto stored = std::find_if(listed->begin(), listed->end(),
                                   [](const auto& i) { return i.id() == "fraude_online_handel"; });
  ASSERT_NE(stored, listed->end());
  EXPECT_EQ(stored->signal_settings().SerializeAsString(),
            with_settings.signal_settings().SerializeAsString());

  // An edit replaces the text; an empty body removes it.
  v1::UpsertThemeDataRequest edit;
  edit.set_parent("municipalities/GM0034");
  cv1::ReportText text = request.texts(0);
  text.set_body("Herziene tekst.");
  *edit.add_texts() = text;
  ASSERT_TRUE(Upsert(edit).ok());
  input = store_->LoadSectionInput("GM0034", 2017, 2019);
  ASSERT_TRUE(input.ok());
  EXPECT_EQ(input->texts.size(), static_cast<size_t>(request.texts_size()));
  EXPECT_TRUE(std::any_of(input->texts.begin(), input->texts.end(),
                          [](const auto& t) { return t.body() == "Herziene tekst."; }));
  edit.mutable_texts(0)->clear_body();
  ASSERT_TRUE(Upsert(edit).ok());
  input = store_->LoadSectionInput("GM0034", 2017, 2019);
  ASSERT_TRUE(input.ok());
  EXPECT_EQ(input->texts.size(), static_cast<size_t>(request.texts_size()) - 1);

  // Another municipality sees none of Almere's texts.
  auto other = store_->LoadSectionInput("GM0995", 2017, 2019);
  ASSERT_TRUE(other.ok());
  EXPECT_TRUE(other->texts.empty());
}

TEST_P(ThemeStoreTest, AnUpsertReplacesByNaturalKeyWithoutDuplicates) {
  auto request = testing::WorkedExampleRequest("veilige-wijken");
  ASSERT_TRUE(Upsert(request).ok());
  for (auto& o : *request.mutable_observations()) {
    if (o.indicator() == "woninginbraak" && o.area() == "GM0034" && o.period() == "2019H1") {
      o.set_count(351);
    }
  }
  ASSERT_TRUE(Upsert(request).ok());
  auto input = store_->LoadSectionInput("GM0034", 2019, 2019);
  ASSERT_TRUE(input.ok());
  int matches = 0;
  for (const auto& o : input->observations) {
    if (o.indicator() == "woninginbraak" && o.area() == "GM0034" && o.period() == "2019H1") {
      ++matches;
      EXPECT_EQ(o.count(), 351);
    }
  }
  EXPECT_EQ(matches, 1);
  auto all = store_->ListIndicators("", 0, 100);
  ASSERT_TRUE(all.ok());
  EXPECT_EQ(all->size(), static_cast<size_t>(request.indicators_size()));
}

TEST_P(ThemeStoreTest, ARejectedBatchWritesNothing) {
  auto request = testing::WorkedExampleRequest("veilige-wijken");
  // The last observation names an indicator nobody defined.
  request.mutable_observations()->rbegin()->set_indicator("onbekend");
  auto response = Upsert(request);
  ASSERT_EQ(response.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(response.status().message().find("onbekend"), std::string::npos);
  auto indicators = store_->ListIndicators("", 0, 100);
  ASSERT_TRUE(indicators.ok());
  EXPECT_TRUE(indicators->empty());
  auto area = store_->GetArea("GM0034");
  ASSERT_TRUE(area.ok());
  EXPECT_FALSE(area->has_value());
}

TEST_P(ThemeStoreTest, ValidateOnlyWritesNothing) {
  auto request = testing::WorkedExampleRequest("veilige-wijken");
  request.set_validate_only(true);
  ASSERT_TRUE(Upsert(request).ok());
  auto indicators = store_->ListIndicators("", 0, 100);
  ASSERT_TRUE(indicators.ok());
  EXPECT_TRUE(indicators->empty());
}

// A survey percentage keeps its 95% bounds; every other figure has none.
TEST_P(ThemeStoreTest, ASurveyPercentageKeepsItsBounds) {
  ASSERT_TRUE(Upsert(testing::WorkedExampleRequest("veilige-wijken")).ok());
  auto input = store_->LoadSectionInput("GM0034", 2017, 2019);
  ASSERT_TRUE(input.ok()) << input.status();
  int surveys = 0;
  for (const auto& o : input->observations) {
    if (o.indicator() != "vm_onveilig_eigen_buurt") {
      EXPECT_FALSE(o.has_lower_bound() || o.has_upper_bound()) << o.indicator() << o.period();
      continue;
    }
    ++surveys;
    EXPECT_FALSE(o.has_count());
    if (o.area() == "GM0034" && o.period() == "2019") {
      EXPECT_DOUBLE_EQ(o.rate(), 18.2);
      EXPECT_DOUBLE_EQ(o.lower_bound(), 16.6);
      EXPECT_DOUBLE_EQ(o.upper_bound(), 19.8);
    }
  }
  EXPECT_EQ(surveys, 4);  // Almere's and its police unit's, 2017 and 2019
}

TEST_P(ThemeStoreTest, ListsIndicatorsInPages) {
  ASSERT_TRUE(Upsert(testing::WorkedExampleRequest("veilige-wijken")).ok());
  auto first = store_->ListIndicators("", 0, 4);
  auto rest = store_->ListIndicators("", 4, 100);
  ASSERT_TRUE(first.ok() && rest.ok());
  EXPECT_EQ(first->size(), 4u);
  EXPECT_EQ(first->size() + rest->size(), 17u);
  EXPECT_EQ(rest->front().id(), "high_impact_crimes");
}

TEST_P(ThemeStoreTest, AnotherMunicipalitySeesTheFiguresButNoneOfAlmeresOwnRecords) {
  ASSERT_TRUE(Upsert(testing::WorkedExampleRequest("veilige-wijken")).ok());
  v1::UpsertThemeDataRequest lelystad;
  auto* area = lelystad.add_areas();
  area->set_code("GM0995");
  area->set_name("Lelystad");
  area->set_kind(cv1::AREA_KIND_MUNICIPALITY);
  ASSERT_TRUE(Upsert(lelystad).ok());

  auto input = store_->LoadSectionInput("GM0995", 2017, 2019);
  ASSERT_TRUE(input.ok()) << input.status();
  EXPECT_FALSE(input->plan.has_value());
  EXPECT_TRUE(input->activities.empty());
  for (const auto& indicator : input->indicators)
    EXPECT_FALSE(indicator.has_goal()) << indicator.id();
  // National notes (a source's registration change) only.
  ASSERT_FALSE(input->notes.empty());
  for (const auto& note : input->notes) {
    EXPECT_TRUE(note.municipality().empty()) << note.scope();
    EXPECT_TRUE(note.scope().starts_with("source:")) << note.scope();
  }
  // The shared figures are readable by every municipality.
  EXPECT_TRUE(store_->GetArea("GM0034")->has_value());
  EXPECT_FALSE(store_->PlanBaselineYear("GM0995")->has_value());
}

TEST_P(ThemeStoreTest, AWriteInOneMunicipalityLeavesTheOthersVersionsAlone) {
  ASSERT_TRUE(Upsert(testing::WorkedExampleRequest("veilige-wijken")).ok());
  auto almere = store_->Versions("GM0034");
  auto lelystad = store_->Versions("GM0995");
  ASSERT_TRUE(almere.ok() && lelystad.ok());
  EXPECT_GT(almere->figures, 0);
  EXPECT_GT(almere->municipality, 0);
  EXPECT_EQ(lelystad->municipality, 0);

  v1::UpsertThemeDataRequest activity;
  activity.set_parent("municipalities/GM0995");
  auto* a = activity.add_activities();
  a->set_theme(cv1::THEME_VEILIGE_WIJKEN);
  a->set_topic("1.1 High impact crimes");
  a->set_period("2019H1");
  a->set_quantity(3);
  a->set_unit("bijeenkomsten");
  a->set_description("Voorlichting");
  ASSERT_TRUE(Upsert(activity).ok());
  EXPECT_EQ(*store_->Versions("GM0034"), *almere);
  EXPECT_GT(store_->Versions("GM0995")->municipality, lelystad->municipality);
  EXPECT_EQ(store_->Versions("GM0995")->figures, almere->figures);

  // So does a note of Lelystad's own; a source's national note is a figure.
  v1::UpsertThemeDataRequest note;
  note.set_parent("municipalities/GM0995");
  auto* n = note.add_series_notes();
  n->set_scope("theme:veilige_wijken");
  *n->mutable_effective_from() = DateFromIso("2019-01-01");
  n->set_kind(cv1::SERIES_NOTE_KIND_NOTE);
  n->set_text("Eigen notitie");
  n->set_municipality("GM0995");
  ASSERT_TRUE(Upsert(note).ok());
  EXPECT_EQ(*store_->Versions("GM0034"), *almere);
  n->set_scope("source:Nationale Politie");
  n->clear_municipality();
  ASSERT_TRUE(Upsert(note).ok());
  EXPECT_GT(store_->Versions("GM0034")->figures, almere->figures);
}

TEST(DefaultComparisonGroupsTest, PrefersGroupsThatListTheMunicipality) {
  cv1::Area rates_only, containing, other;
  rates_only.set_code("RE_X");
  containing.set_code("G_MEMBERS");
  containing.add_members("GM0034");
  other.set_code("G_OTHER");
  other.add_members("GM0363");
  EXPECT_EQ(DefaultComparisonGroups("GM0034", {rates_only, containing, other}),
            std::vector<std::string>{"G_MEMBERS"});
  EXPECT_EQ(DefaultComparisonGroups("GM0034", {rates_only, other}),
            std::vector<std::string>{"RE_X"});
}

}  // namespace
}  // namespace veilig::theme

namespace veilig::theme {
namespace {

// A group that sums two member municipalities: its figures come from the
// group cache, agree with summing the members, and follow every write.
TEST_P(ThemeStoreTest, GroupFiguresSumTheMembersAndFollowEveryWrite) {
  v1::UpsertThemeDataRequest request;
  auto* indicator = request.add_indicators();
  indicator->set_id("woninginbraak");
  indicator->set_title("Woninginbraken");
  indicator->set_theme(cv1::THEME_VEILIGE_WIJKEN);
  indicator->set_topic("1.1");
  indicator->set_unit(cv1::UNIT_PER_1000_DWELLINGS);
  indicator->set_change_measure(cv1::CHANGE_MEASURE_COUNT);
  indicator->set_source("Politie");
  for (const char* code : {"GM0001", "GM0002"}) {
    auto* area = request.add_areas();
    area->set_code(code);
    area->set_name(code);
    area->set_kind(cv1::AREA_KIND_MUNICIPALITY);
    area->add_comparison_groups("RE_TEST");
    auto* d = request.add_denominators();
    d->set_area(code);
    d->set_period("2019H1");
    d->set_dwellings(1000);
  }
  auto* group = request.add_areas();
  group->set_code("RE_TEST");
  group->set_name("Testeenheid");
  group->set_kind(cv1::AREA_KIND_POLICE_UNIT);
  group->add_members("GM0001");
  group->add_members("GM0002");
  auto observe = [&request](const char* area, int64_t count) {
    auto* o = request.add_observations();
    o->set_indicator("woninginbraak");
    o->set_area(area);
    o->set_period("2019H1");
    o->set_count(count);
  };
  observe("GM0001", 10);
  observe("GM0002", 30);
  ASSERT_TRUE(Upsert(request).ok());

  auto figure = [this](const std::string& municipality) {
    auto input = store_->LoadSectionInput(municipality, 2019, 2019);
    EXPECT_TRUE(input.ok()) << input.status();
    EXPECT_TRUE(input->group_figures.contains("RE_TEST"));
    EXPECT_FALSE(input->areas.contains(municipality == "GM0001" ? "GM0002" : "GM0001"));
    const Figures figures(*input);
    return figures.At(input->indicators.front(), "RE_TEST", Period::HalfYear(2019, 1));
  };
  Figure sum = figure("GM0001");
  EXPECT_EQ(sum.count, 40);
  EXPECT_EQ(sum.denominator, 2000);
  EXPECT_DOUBLE_EQ(sum.rate.value_or(0), 20.0);
  EXPECT_EQ(figure("GM0002").count, 40);  // shared with the other member

  v1::UpsertThemeDataRequest correction;
  auto* o = correction.add_observations();
  o->set_indicator("woninginbraak");
  o->set_area("GM0002");
  o->set_period("2019H1");
  o->set_count(50);
  ASSERT_TRUE(Upsert(correction).ok());
  EXPECT_EQ(figure("GM0001").count, 60);  // the write made the cached sum stale
}

}  // namespace
}  // namespace veilig::theme
