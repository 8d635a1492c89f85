#include "common/import/worked_example.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "common/import/testing/temp_dir.h"

namespace veilig::import {
namespace {

namespace cv1 = common::v1;

using testing::TempDir;

TEST(WorkedExampleImportTest, RoutesEveryFileToItsOwners) {
  auto plan = PlanImport(VEILIG_DATA_DIR, "GM0034", nullptr);
  ASSERT_TRUE(plan.ok()) << plan.status();
  ASSERT_EQ(plan->by_service.size(), 4u);
  const auto& vw = plan->by_service.at("veilige-wijken").request;
  const auto& zv = plan->by_service.at("zorg-veiligheid").request;
  const auto& om = plan->by_service.at("ondermijning").request;
  const auto& cb = plan->by_service.at("crisisbeheersing").request;
  // Incl. total registered crime, the five BBV policy indicators and the
  // survey indicator.
  EXPECT_EQ(vw.indicators_size(), 17);
  EXPECT_EQ(zv.indicators_size(), 3);
  // 138 of the report, 40 of the policy indicators and Nederland, and the
  // survey's 4 editions (two areas, 2017 and 2019).
  EXPECT_EQ(vw.observations_size() + zv.observations_size(), 178 + 4);
  EXPECT_EQ(zv.observations_size(), 13);
  for (const auto* r : {&vw, &zv, &om, &cb}) {
    // areas.csv's four, and the boundary files' 6 wijken and 66 buurten.
    EXPECT_EQ(r->areas_size(), 4 + 6 + 66);
    EXPECT_EQ(r->boundaries_size(), 6 + 66);
    // The municipality's five half years, two years of it and of Nederland,
    // and its 6 wijken's and 66 buurten's half years.
    EXPECT_EQ(r->denominators_size(), 5 + 2 * 2 + (6 + 66) * 5);
  }
  // Source-wide notes and the note on the figures below the municipality go
  // everywhere; indicator and theme notes to their owner.
  // And one on each policy indicator and on the survey indicator.
  EXPECT_EQ(vw.series_notes_size(), 3 + 5 + 1);
  EXPECT_EQ(zv.series_notes_size(), 4);
  EXPECT_EQ(om.series_notes_size(), 4);
  EXPECT_EQ(vw.activities_size(), 15);
  for (const auto* r : {&vw, &zv, &om, &cb}) {
    ASSERT_EQ(r->plans_size(), 1);
    EXPECT_EQ(r->plans(0).last_year(), 2022);
  }
  EXPECT_EQ(cb.activities_size(), 1);
  // The theme services' own registers and the open-data table of the buurten.
  EXPECT_EQ(plan->other_files.size(), 8u);
  // Quoted partner list splits into partners.
  bool found = false;
  for (const auto& a : vw.activities()) {
    if (a.unit() == "Stop & Go-acties") {
      found = true;
      EXPECT_EQ(a.partners_size(), 4);
      EXPECT_EQ(a.partners(0), "Prorail");
    }
  }
  EXPECT_TRUE(found);
  const auto& woninginbraak = vw.indicators(1);
  EXPECT_EQ(woninginbraak.id(), "woninginbraak");
  EXPECT_EQ(woninginbraak.goal().baseline_year(), 2017);
}

TEST(WorkedExampleImportTest, ParseErrorsNameFileLineAndColumn) {
  TempDir dir;
  dir.Write("observations.csv",
            "indicator,area,period,count,rate\nx,GM0034,2019H1,12,\nx,GM0034,2019H1,twelve,\n");
  dir.Write("indicators.csv",
            "id,theme,topic,title_nl,unit,change_measure,source\n"
            "x,veilige_wijken,t,X,count,count,Politie\n");
  auto plan = PlanImport(dir.path(), "GM0034", nullptr);
  ASSERT_FALSE(plan.ok());
  EXPECT_EQ(plan.status().message(),
            "observations.csv line 3: count: 'twelve' is not a whole number");
}

TEST(WorkedExampleImportTest, UnknownEnumValuesListTheKnownOnes) {
  TempDir dir;
  dir.Write("indicators.csv",
            "id,theme,topic,title_nl,unit,change_measure,source\n"
            "x,verkeer,t,X,count,count,Politie\n");
  auto plan = PlanImport(dir.path(), "GM0034", nullptr);
  ASSERT_FALSE(plan.ok());
  EXPECT_NE(plan.status().message().find("indicators.csv line 2: theme: 'verkeer' is not one of"),
            std::string::npos);
}

TEST(WorkedExampleImportTest, SignalColumnsSetTheIndicatorsSignalSettings) {
  TempDir dir;
  dir.Write("indicators.csv",
            "id,theme,topic,title_nl,unit,change_measure,source,signal_years_back,signal_window,"
            "signal_alpha,signal_false_discovery_rate,signal_min_count,signal_threshold,"
            "signal_neighbours,signal_distance_band,signal_min_population\n"
            "x,veilige_wijken,t,X,count,count,Politie,3,2,0.01,0.1,8,untransformed,distance_band,"
            "900,250\n"
            "y,veilige_wijken,t,Y,count,count,Politie,,,,,,,,,\n");
  auto plan = PlanImport(dir.path(), "GM0034", nullptr);
  ASSERT_TRUE(plan.ok()) << plan.status();
  const auto& request = plan->by_service.at("veilige-wijken").request;
  ASSERT_EQ(request.indicators_size(), 2);
  const cv1::SignalSettings& set = request.indicators(0).signal_settings();
  EXPECT_EQ(set.years_back(), 3);
  EXPECT_EQ(set.window(), 2);
  EXPECT_EQ(set.alpha(), 0.01);
  EXPECT_EQ(set.false_discovery_rate(), 0.1);
  EXPECT_EQ(set.min_count(), 8);
  EXPECT_EQ(set.threshold(), "untransformed");
  EXPECT_EQ(set.weights(), cv1::NEIGHBOUR_WEIGHTS_DISTANCE_BAND);
  EXPECT_EQ(set.distance_band(), 900);
  EXPECT_EQ(set.min_population(), 250);
  // Empty cells: no settings at all, so every default holds.
  EXPECT_FALSE(request.indicators(1).has_signal_settings());

  dir.Write("indicators.csv",
            "id,theme,topic,title_nl,unit,change_measure,source,signal_neighbours\n"
            "x,veilige_wijken,t,X,count,count,Politie,rook\n");
  auto bad = PlanImport(dir.path(), "GM0034", nullptr);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().message(),
            "indicators.csv line 2: signal_neighbours: 'rook' is not one of queen, distance_band");
}

TEST(WorkedExampleImportTest, IndicatorsNotInTheDirectoryAreLookedUp) {
  TempDir dir;
  dir.Write("observations.csv", "indicator,area,period,count\nhuisverboden,GM0034,2019H2,20\n");
  auto unknown = PlanImport(dir.path(), "GM0034", nullptr);
  ASSERT_FALSE(unknown.ok());
  EXPECT_NE(unknown.status().message().find("unknown indicator 'huisverboden'"), std::string::npos);

  auto plan =
      PlanImport(dir.path(), "GM0034", [](const std::string& id) -> std::optional<std::string> {
        return id == "huisverboden" ? std::optional<std::string>("zorg-veiligheid") : std::nullopt;
      });
  ASSERT_TRUE(plan.ok()) << plan.status();
  EXPECT_EQ(plan->by_service.at("zorg-veiligheid").request.observations_size(), 1);
}

TEST(WorkedExampleImportTest, ServerErrorsAreTracedBackToTheirLine) {
  auto plan = PlanImport(VEILIG_DATA_DIR, "GM0034", nullptr);
  ASSERT_TRUE(plan.ok());
  const ServiceImport& zv = plan->by_service.at("zorg-veiligheid");
  // The zorg-veiligheid observations start with jeugdoverlast on line 127.
  EXPECT_EQ(zv.LocateError("observations[0].count: must not be negative (got -1)"),
            "observations.csv line 127: count: must not be negative (got -1)");
  EXPECT_EQ(zv.LocateError("something else"), "something else");
  EXPECT_EQ(zv.LocateError("observations[999].count: x"), "observations[999].count: x");
}

TEST(WorkedExampleImportTest, AMissingDirectoryIsNotFound) {
  EXPECT_EQ(PlanImport("/nonexistent/veilig", "GM0034", nullptr).status().code(),
            absl::StatusCode::kNotFound);
}

}  // namespace
}  // namespace veilig::import
