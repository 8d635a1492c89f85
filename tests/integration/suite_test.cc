// The suite end to end: real processes on loopback, the worked example
// imported with veiligctl, the report fetched over gRPC.
#include "tests/support/suite.h"

#include <gtest/gtest.h>
#include <httplib.h>
#include <signal.h>

#include <chrono>
#include <regex>
#include <thread>

#include "common/report/dutch_number.h"
#include "grpc/health/v1/health.grpc.pb.h"
#include "tests/integration/reflection_probe.h"
#include "tests/support/call_context.h"
#include "tests/support/imported_suite.h"
#include "tests/support/metrics_scrape.h"
#include "tests/support/report_call.h"
#include "veilig/report/v1/report_service.grpc.pb.h"
#include "veilig/theme/v1/theme_service.grpc.pb.h"

namespace veilig::testing {
namespace {

namespace cv1 = common::v1;
using report::v1::ProgressReport;

const cv1::IndicatorBlock* FindBlock(const ProgressReport& report, const std::string& id) {
  for (const auto& section : report.sections()) {
    for (const auto& topic : section.topics()) {
      for (const auto& block : topic.indicators()) {
        if (block.indicator().id() == id) return &block;
      }
    }
  }
  return nullptr;
}

using ImportedSuiteTest = ImportedSuiteFixture;

TEST_F(ImportedSuiteTest, ReportCarriesTheBurglaryRatesOfTheWorkedExample) {
  ProgressReport report;
  ASSERT_TRUE(GetReport(*suite_, "GM0034", "2019H1", &report).ok());
  EXPECT_EQ(report.municipality_name(), "Almere");
  EXPECT_EQ(report.baseline_period(), "2017H1");
  EXPECT_TRUE(report.unreachable().empty());
  ASSERT_EQ(report.sections_size(), 4);
  EXPECT_EQ(report.sections(0).title(), "Veilige wijken");
  EXPECT_EQ(report.general().indicators(0).indicator().id(), "totaal_misdrijven");

  const cv1::IndicatorBlock* burglary = FindBlock(report, "woninginbraak");
  ASSERT_NE(burglary, nullptr);
  const auto& almere = burglary->series(0);
  EXPECT_EQ(almere.area(), "GM0034");
  EXPECT_EQ(almere.points(0).period(), "2017H1");
  EXPECT_EQ(report::FormatRate(almere.points(0).rate()), "6,3");
  EXPECT_EQ(almere.points(4).period(), "2019H1");
  EXPECT_EQ(report::FormatRate(almere.points(4).rate()), "4,3");
  EXPECT_EQ(burglary->goal_assessment().status(), cv1::GOAL_STATUS_ACHIEVED);
}

TEST_F(ImportedSuiteTest, VeiligctlPrintsTheReportAsText) {
  auto result = suite_->Ctl({"report", "--municipality=GM0034", "--period=2019H1"});
  ASSERT_EQ(result.exit_code, 0) << result.output;
  EXPECT_NE(result.output.find("Voortgangsrapportage Almere, eerste helft van 2019"),
            std::string::npos);
  EXPECT_NE(result.output.find("SAMENVATTING"), std::string::npos) << result.output;
  EXPECT_NE(result.output.find("Het aantal woninginbraken per 1.000 woningen daalde van 6,3 in de "
                               "eerste helft van 2017 naar 4,3 in de eerste helft van 2019 "
                               "(\u221231%)."),
            std::string::npos)
      << result.output;
}

TEST_F(ImportedSuiteTest, VeiligctlPublishesDiffsAndPrintsEveryFormat) {
  auto result = suite_->Ctl(
      {"publish", "--municipality=GM0034", "--period=2019H1", "--request-id=publish-2019h1-a"});
  ASSERT_EQ(result.exit_code, 0) << result.output;
  std::smatch match;
  ASSERT_TRUE(std::regex_search(result.output, match, std::regex("as version (\\d+)")));
  const std::string version = match[1];
  // Sent again with its request id, the publish returns the version it made.
  result = suite_->Ctl(
      {"publish", "--municipality=GM0034", "--period=2019H1", "--request-id=publish-2019h1-a"});
  ASSERT_EQ(result.exit_code, 0) << result.output;
  EXPECT_NE(result.output.find("as version " + version + "\n"), std::string::npos) << result.output;
  result = suite_->Ctl({"diff", "--municipality=GM0034", "--period=2019H1", "--from=" + version});
  ASSERT_EQ(result.exit_code, 0) << result.output;
  EXPECT_NE(result.output.find("no differences"), std::string::npos);
  for (const auto& [format, expected] : std::vector<std::pair<std::string, std::string>>{
           {"md", "# Voortgangsrapportage Almere, eerste helft van 2019"},
           {"html", "<html lang=\"nl\">"},
           {"json", "\"status\": \"REPORT_STATUS_PUBLISHED\""}}) {
    result = suite_->Ctl({"report", "--municipality=GM0034", "--period=2019H1",
                          "--format=" + format, "--version=" + version});
    ASSERT_EQ(result.exit_code, 0) << result.output;
    EXPECT_NE(result.output.find(expected), std::string::npos) << format;
  }
  result = suite_->Ctl({"report", "--municipality=GM0034", "--period=2019H1", "--format=docx"});
  EXPECT_EQ(result.exit_code, 2);
  // PDF is a format (pdf_report_test.cc prints it); without a browser it says so.
  result = suite_->Ctl({"report", "--municipality=GM0034", "--period=2019H1", "--format=pdf",
                        "--chromium=/nonexistent/chromium"});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.output.find("cannot start the browser /nonexistent/chromium"), std::string::npos)
      << result.output;
  result = suite_->Ctl({"publish", "--municipality=GM0034", "--period=2019"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.output.find("--period: '2019' is not a half year"), std::string::npos)
      << result.output;
}

TEST_F(ImportedSuiteTest, VeiligctlHealthListsAllFiveAsServing) {
  auto result = suite_->Ctl({"health"});
  EXPECT_EQ(result.exit_code, 0) << result.output;
  EXPECT_EQ(std::count(result.output.begin(), result.output.end(), '\n'), 5);
  size_t serving = 0;
  for (size_t at = result.output.find("SERVING"); at != std::string::npos;
       at = result.output.find("SERVING", at + 1)) {
    ++serving;
  }
  EXPECT_EQ(serving, 5u) << result.output;
}

TEST_F(ImportedSuiteTest, EveryProcessAnswersHealthAndReflection) {
  for (const std::string name :
       {"gateway", "veilige-wijken", "ondermijning", "zorg-veiligheid", "crisisbeheersing"}) {
    EXPECT_TRUE(suite_->IsServing(name)) << name;
    const auto services = ListServicesByReflection(suite_->Channel(name));
    const std::string expected =
        name == "gateway" ? "veilig.report.v1.ReportService" : "veilig.theme.v1.ThemeService";
    EXPECT_NE(std::find(services.begin(), services.end(), expected), services.end()) << name;
    EXPECT_NE(std::find(services.begin(), services.end(), "grpc.health.v1.Health"), services.end())
        << name;
  }
}

TEST_F(ImportedSuiteTest, MetricsCountRequestsByMethodAndCode) {
  const std::vector<std::string> ok_labels = {R"(grpc_method="GetThemeSection")",
                                              R"(grpc_code="OK")"};
  // Series appear with the first call of a method; before that they count as zero.
  const double before = std::max(0.0, MetricValue(Scrape(suite_->endpoint("ondermijning")),
                                                  "grpc_server_handled_total", ok_labels));
  ProgressReport report;
  ASSERT_TRUE(GetReport(*suite_, "GM0034", "2019H1", &report).ok());
  ASSERT_TRUE(GetReport(*suite_, "GM0034", "2019H1", &report).ok());
  const std::string after_text = Scrape(suite_->endpoint("ondermijning"));
  EXPECT_EQ(MetricValue(after_text, "grpc_server_handled_total", ok_labels), before + 2);
  EXPECT_GE(MetricValue(after_text, "grpc_server_started_total",
                        {R"(grpc_service="veilig.theme.v1.ThemeService")",
                         R"(grpc_method="GetThemeSection")"}),
            2);
  EXPECT_NE(after_text.find("grpc_server_handling_seconds_bucket"), std::string::npos);

  // An invalid request is counted under its code.
  ASSERT_EQ(GetReport(*suite_, "GM0034", "2019H3", &report).error_code(),
            grpc::StatusCode::INVALID_ARGUMENT);
  const std::string gateway = Scrape(suite_->endpoint("gateway"));
  EXPECT_GE(MetricValue(gateway, "grpc_server_handled_total",
                        {R"(grpc_method="GetProgressReport")", R"(grpc_code="INVALID_ARGUMENT")"}),
            1);
  EXPECT_GE(MetricValue(gateway, "veilig_gateway_backend_request_seconds_count",
                        {R"(backend="zorg-veiligheid")"}),
            2);
}

// The signals' backlog and cost are on /metrics: a report asks for them, and
// once worked out nothing waits.
TEST_F(ImportedSuiteTest, TheSignalsBacklogAndCostAreMetrics) {
  ProgressReport report;
  ASSERT_TRUE(GetReport(*suite_, "GM0034", "2019H1", &report).ok());
  // Waits for the signals: worked out in the call or by the worker.
  auto stub = theme::v1::ThemeService::NewStub(suite_->Channel("veilige-wijken"));
  grpc::ClientContext context;
  SetTestDeadline(context);
  theme::v1::ListAreaSignalsRequest request;
  request.set_area("GM0034");
  request.set_period("2019H1");
  theme::v1::ListAreaSignalsResponse signals;
  ASSERT_TRUE(stub->ListAreaSignals(&context, request, &signals).ok());
  std::string metrics;
  for (int attempt = 0; attempt < 100; ++attempt) {
    metrics = Scrape(suite_->endpoint("veilige-wijken"));
    if (MetricValue(metrics, "veilig_signals_pending", {}) == 0) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  EXPECT_EQ(MetricValue(metrics, "veilig_signals_pending", {}), 0) << metrics;
  EXPECT_GE(MetricValue(metrics, "veilig_signals_computed_total", {}), 1);
  EXPECT_GE(MetricValue(metrics, "veilig_signals_seconds_count", {}), 1);
  EXPECT_EQ(MetricValue(metrics, "veilig_signals_failed_total", {}), 0);
}

TEST_F(ImportedSuiteTest, BadReportRequestsNameTheField) {
  ProgressReport report;
  auto status = GetReport(*suite_, "GM0034", "2019H3", &report);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(status.error_message().rfind("name: '2019H3'", 0), 0u) << status.error_message();
  status = GetReport(*suite_, "Almere", "2019H1", &report);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(status.error_message().rfind("name: 'municipalities/Almere/", 0), 0u)
      << status.error_message();
  status = GetReport(*suite_, "GM0034", "2019", &report);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  status = GetReport(*suite_, "GM9999", "2019H1", &report);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::NOT_FOUND);
}

TEST_F(ImportedSuiteTest, AnInvalidUpsertIsRejectedAndWritesNothing) {
  auto stub = theme::v1::ThemeService::NewStub(suite_->Channel("zorg-veiligheid"));
  theme::v1::UpsertThemeDataRequest request;
  auto* good = request.add_observations();
  good->set_indicator("huisverboden");
  good->set_area("GM0034");
  good->set_period("2017H1");
  good->set_count(12);
  auto* bad = request.add_observations();
  bad->set_indicator("huisverboden");
  bad->set_area("GM0034");
  bad->set_period("2017H2");
  bad->set_count(-4);
  theme::v1::UpsertThemeDataResponse response;
  grpc::ClientContext context;
  SetTestDeadline(context);
  auto status = stub->UpsertThemeData(&context, request, &response);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(status.error_message(), "observations[1].count: must not be negative (got -4)");

  grpc::ClientContext series_context;
  SetTestDeadline(series_context);
  theme::v1::GetSeriesRequest series_request;
  series_request.set_indicator("huisverboden");
  series_request.set_area("GM0034");
  series_request.set_from_period("2017H1");
  series_request.set_to_period("2019H1");
  theme::v1::GetSeriesResponse series;
  ASSERT_TRUE(stub->GetSeries(&series_context, series_request, &series).ok());
  ASSERT_EQ(series.series().points_size(), 5);
  EXPECT_FALSE(series.series().points(0).has_count());  // the good half was not written either
  EXPECT_EQ(series.series().points(4).count(), 18);
}

TEST_F(ImportedSuiteTest, ImportingABadDirectoryWritesNothingAnywhere) {
  const auto dir = suite_->directory() / "bad-import";
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "indicators.csv")
      << "id,theme,topic,title_nl,unit,change_measure,source\n"
      << "nieuw_vw,veilige_wijken,t,Nieuw,count,count,Gemeente\n"
      << "nieuw_zv,zorg_veiligheid,t,Nieuw,count,count,Gemeente\n";
  std::ofstream(dir / "observations.csv") << "indicator,area,period,count\n"
                                          << "nieuw_vw,GM0034,2019H1,5\n"
                                          << "nieuw_zv,GM0034,2019H9,5\n";
  auto result = suite_->Ctl({"import", dir.string()});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(
      result.output.find("zorg-veiligheid rejected the data: observations.csv line 3: period:"),
      std::string::npos)
      << result.output;
  EXPECT_NE(result.output.find("Nothing was imported."), std::string::npos);
  // veilige-wijken validated fine but must not have written its half.
  auto stub = theme::v1::ThemeService::NewStub(suite_->Channel("veilige-wijken"));
  grpc::ClientContext context;
  SetTestDeadline(context);
  theme::v1::ListIndicatorsRequest request;
  theme::v1::ListIndicatorsResponse response;
  ASSERT_TRUE(stub->ListIndicators(&context, request, &response).ok());
  for (const auto& indicator : response.indicators()) EXPECT_NE(indicator.id(), "nieuw_vw");
}

TEST_F(ImportedSuiteTest, ListIndicatorsPagesWithTokens) {
  auto stub = theme::v1::ThemeService::NewStub(suite_->Channel("veilige-wijken"));
  std::vector<std::string> ids;
  std::string token;
  int pages = 0;
  do {
    grpc::ClientContext context;
    SetTestDeadline(context);
    theme::v1::ListIndicatorsRequest request;
    request.set_page_size(4);
    request.set_page_token(token);
    theme::v1::ListIndicatorsResponse response;
    ASSERT_TRUE(stub->ListIndicators(&context, request, &response).ok());
    for (const auto& i : response.indicators()) ids.push_back(i.id());
    token = response.next_page_token();
    ++pages;
  } while (!token.empty());
  // 17 indicators, four a page.
  EXPECT_EQ(pages, 5);
  EXPECT_EQ(ids.size(), 17u);
  grpc::ClientContext context;
  SetTestDeadline(context);
  theme::v1::ListIndicatorsRequest request;
  request.set_page_token("not-a-token");
  theme::v1::ListIndicatorsResponse response;
  auto status = stub->ListIndicators(&context, request, &response);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(status.error_message().rfind("page_token:", 0), 0u);
}

// A theme service that is down or hung costs only its own section.
class DegradedSuiteTest : public ::testing::Test {
 protected:
  void SetUp() override {
    // The gateway's own deadline, well inside the callers' below: a loaded
    // machine (sanitizers, parallel tests) still has time left to answer.
    suite_.AddServerArgs("gateway", {"--report-deadline-ms=500"});
    suite_.StartAll();
    ASSERT_TRUE(suite_.WaitUntilServing());
    ASSERT_EQ(suite_.Ctl({"import", VEILIG_DATA_DIR}).exit_code, 0);
  }
  Suite suite_{{"--drain-delay-ms=0"}};
};

TEST_F(DegradedSuiteTest, AKilledThemeServiceIsListedAsUnreachable) {
  suite_.process("zorg-veiligheid").Signal(SIGKILL);
  ASSERT_TRUE(suite_.process("zorg-veiligheid").Wait(std::chrono::seconds(5)).has_value());
  ProgressReport report;
  const auto start = std::chrono::steady_clock::now();
  ASSERT_TRUE(GetReport(suite_, "GM0034", "2019H1", &report, std::chrono::seconds(2)).ok());
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(2));
  ASSERT_EQ(report.unreachable_size(), 1);
  EXPECT_EQ(report.unreachable(0), "zorg-veiligheid");
  EXPECT_EQ(report.sections(2).title(), "Zorg en veiligheid");
  EXPECT_TRUE(report.sections(2).topics().empty());
  EXPECT_NE(FindBlock(report, "woninginbraak"), nullptr);

  // It comes back by itself once the service is restarted.
  suite_.Start("zorg-veiligheid");
  ASSERT_TRUE(suite_.WaitUntilServing());
  bool recovered = false;
  for (int attempt = 0; attempt < 50 && !recovered; ++attempt) {
    ASSERT_TRUE(GetReport(suite_, "GM0034", "2019H1", &report, std::chrono::seconds(2)).ok());
    recovered = report.unreachable().empty();
    if (!recovered) std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  EXPECT_TRUE(recovered);
  EXPECT_NE(FindBlock(report, "jeugdige_verdachten"), nullptr);
}

TEST_F(DegradedSuiteTest, AHungThemeServiceCostsItsSectionWithinTheDeadline) {
  suite_.process("crisisbeheersing").Signal(SIGSTOP);
  ProgressReport report;
  const auto start = std::chrono::steady_clock::now();
  const auto status = GetReport(suite_, "GM0034", "2019H1", &report, std::chrono::seconds(3));
  const auto elapsed = std::chrono::steady_clock::now() - start;
  suite_.process("crisisbeheersing").Signal(SIGCONT);
  ASSERT_TRUE(status.ok()) << status.error_message();
  EXPECT_LT(elapsed, std::chrono::seconds(3));  // it did not wait for the hung service
  ASSERT_EQ(report.unreachable_size(), 1);
  EXPECT_EQ(report.unreachable(0), "crisisbeheersing");
}

}  // namespace
}  // namespace veilig::testing
