// Google Benchmark micro-benchmarks of the pure functions on a report's hot
// path, on the worked example: building a section (roll-up, rates,
// comparisons, significance, projection), the significance test alone, the
// Dutch narrative, HTML rendering and JSON serialisation of a whole report.
// Each prints its time; compare runs on the same machine, not across machines.
#include <benchmark/benchmark.h>
#include <google/protobuf/util/json_util.h>

#include "common/domain/significance.h"
#include "common/import/worked_example.h"
#include "common/report/html/html_report.h"
#include "common/report/narrative.h"
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
