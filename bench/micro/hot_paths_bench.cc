// Google Benchmark micro-benchmarks of the pure functions on a report's hot
// path, on the worked example: building a section (roll-up, rates,
// comparisons, significance, projection), the significance test alone, the
// Dutch narrative, HTML rendering and JSON serialisation of a whole report;
// and the signals of a municipality of the national set's average size (8
// wijken, 35 buurten), against the section build as their baseline.
// Each prints its time; compare runs on the same machine, not across machines.
#include <benchmark/benchmark.h>
#include <google/protobuf/util/json_util.h>

#include "common/domain/significance.h"
#include "common/import/worked_example.h"
#include "common/report/html/html_report.h"
#include "common/report/narrative.h"
#include "common/theme/area_hot_spots.h"
#include "common/theme/area_surveillance.h"
#include "common/theme/section_builder.h"
#include "common/theme/themes.h"
#include "common/theme/worked_example_testing.h"

namespace veilig {
namespace {

theme::SectionInput Input(const std::string& service) {
  return theme::testing::InputFromRequest(theme::testing::WorkedExampleRequest(service));
}

theme::SectionRequest Request(common::v1::Theme theme_id) {
  theme::SectionRequest request;
  request.municipality = "GM0034";
  request.period = Period::HalfYear(2019, 1);
  request.theme = theme_id;
  request.themes = {theme_id, common::v1::THEME_GENERAL};
  return request;
}

report::v1::ProgressReport WholeReport() {
  report::v1::ProgressReport report;
  report.set_municipality("GM0034");
  report.set_period("2019H1");
  const std::vector<std::pair<std::string, common::v1::Theme>> themes = {
      {"veilige-wijken", common::v1::THEME_VEILIGE_WIJKEN},
      {"ondermijning", common::v1::THEME_ONDERMIJNING},
      {"zorg-veiligheid", common::v1::THEME_ZORG_VEILIGHEID},
      {"crisisbeheersing", common::v1::THEME_CRISISBEHEERSING}};
  for (const auto& [service, theme_id] : themes) {
    *report.add_sections() = theme::BuildSection(Input(service), Request(theme_id));
  }
  return report;
}

void BM_BuildSection(benchmark::State& state) {
  const auto input = Input("veilige-wijken");
  const auto request = Request(common::v1::THEME_VEILIGE_WIJKEN);
  for (auto _ : state) benchmark::DoNotOptimize(theme::BuildSection(input, request));
}
BENCHMARK(BM_BuildSection);

// A municipality of the national set's average size: 8 wijken and 35
// buurten, 30 months of counts of about 4 per buurt with a fixed pattern of
// noise, each a square of a 7 x 5 grid.
constexpr int kWijken = 8;
constexpr int kBuurten = 35;

common::v1::AreaSeries MonthlySeries(const std::string& code, int seed, double level) {
  common::v1::AreaSeries series;
  series.set_area(code);
  series.set_area_name(code);
  Period month = Period::Month(2017, 1);
  for (int m = 0; m < 30; ++m) {
    auto& point = *series.add_points();
    point.set_period(month.ToString());
    point.set_count(static_cast<int64_t>(level * (0.7 + 0.15 * ((m * 7 + seed * 3) % 5))));
    point.set_complete(true);
    month = month.Next();
  }
  return series;
}

theme::SurveillanceInput AverageMunicipality() {
  theme::SurveillanceInput input;
  input.indicator.set_id("woninginbraak");
  input.half_year = Period::HalfYear(2019, 1);
  input.whole = MonthlySeries("GM0001", 0, 4.0 * kBuurten);
  for (int w = 0; w < kWijken; ++w) {
    input.parts.push_back(
        MonthlySeries("WK0001" + std::to_string(10 + w), w, 4.0 * kBuurten / kWijken));
  }
  for (int b = 0; b < kBuurten; ++b) {
    input.parts.push_back(MonthlySeries("BU000110" + std::to_string(10 + b), b, 4.0));
  }
  return input;
}

// One indicator's monthly surveillance of every wijk and buurt.
void BM_AreaSurveillance(benchmark::State& state) {
  const auto input = AverageMunicipality();
  for (auto _ : state) benchmark::DoNotOptimize(theme::FindAreaSignals(input));
}
BENCHMARK(BM_AreaSurveillance);

// One indicator's hot spots among the buurten, with queen contiguity from
// their outlines (squares of 40 points each, as simplified outlines have).
void BM_HotSpots(benchmark::State& state) {
  std::vector<theme::HotSpotArea> areas;
  for (int b = 0; b < kBuurten; ++b) {
    theme::HotSpotArea& area = areas.emplace_back();
    area.code = "BU000110" + std::to_string(10 + b);
    area.count = 20 + (b * 7) % 9;
    area.population = 1500;
    const double x = (b % 7) * 800.0;
    // Row by row: seven buurten to a row.
    const int row = b / 7;
    const double y = row * 800.0;
    geo::Ring ring;
    for (int side = 0; side < 4; ++side) {
      for (int step = 0; step < 10; ++step) {
        const double t = step * 80.0;
        const geo::Point corners[] = {
            {x + t, y}, {x + 800, y + t}, {x + 800 - t, y + 800}, {x, y + 800 - t}};
        ring.push_back(corners[side]);
      }
    }
    ring.push_back(ring.front());
    area.shape = {geo::Polygon{{ring}}};
  }
  for (auto _ : state) {
    benchmark::DoNotOptimize(theme::FindHotSpots("woninginbraak", "2019H1", areas));
  }
}
BENCHMARK(BM_HotSpots);

void BM_PoissonChangeTest(benchmark::State& state) {
  int64_t after = 400;
  for (auto _ : state) {
    benchmark::DoNotOptimize(PoissonChangeTest(512, 78500, after, 80900));
    after = after == 400 ? 401 : 400;
  }
}
BENCHMARK(BM_PoissonChangeTest);

void BM_Narrative(benchmark::State& state) {
  const auto section =
      theme::BuildSection(Input("veilige-wijken"), Request(common::v1::THEME_VEILIGE_WIJKEN));
  const auto& block = section.topics(0).indicators(0);
  for (auto _ : state) benchmark::DoNotOptimize(report::DescribeIndicator(block));
}
BENCHMARK(BM_Narrative);

void BM_RenderReportHtml(benchmark::State& state) {
  const auto report = WholeReport();
  for (auto _ : state) benchmark::DoNotOptimize(report::RenderReportHtml(report, {}));
}
BENCHMARK(BM_RenderReportHtml);

void BM_ReportToJson(benchmark::State& state) {
  const auto report = WholeReport();
  for (auto _ : state) {
    std::string json;
    (void)google::protobuf::util::MessageToJsonString(report, &json);
    benchmark::DoNotOptimize(json);
  }
}
BENCHMARK(BM_ReportToJson);

// What the gateway does with a draft no section of which has changed: copy
// the kept report and serialize it for the answer; and what a caller does
// with the answer.
void BM_CopyReport(benchmark::State& state) {
  const auto report = WholeReport();
  for (auto _ : state) {
    report::v1::ProgressReport copy = report;
    benchmark::DoNotOptimize(copy);
  }
}
BENCHMARK(BM_CopyReport);

void BM_SerializeReport(benchmark::State& state) {
  const auto report = WholeReport();
  for (auto _ : state) benchmark::DoNotOptimize(report.SerializeAsString());
}
BENCHMARK(BM_SerializeReport);

void BM_ParseReport(benchmark::State& state) {
  const std::string bytes = WholeReport().SerializeAsString();
  for (auto _ : state) {
    report::v1::ProgressReport report;
    benchmark::DoNotOptimize(report.ParseFromString(bytes));
  }
}
BENCHMARK(BM_ParseReport);

}  // namespace
}  // namespace veilig

BENCHMARK_MAIN();
