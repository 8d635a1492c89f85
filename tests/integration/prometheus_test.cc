// Debian's Prometheus scraping the five processes of a running suite: every
// target up, traffic visible through Prometheus' query API, every /metrics
// output accepted by promtool. Also checks the alert rules shipped in
// k8s/monitoring with promtool.
#include <google/protobuf/struct.pb.h>
#include <google/protobuf/util/json_util.h>
#include <gtest/gtest.h>
#include <httplib.h>

#include <filesystem>
#include <fstream>
#include <thread>

#include "common/domain/resource_name.h"
#include "tests/support/call_context.h"
#include "tests/support/suite.h"
#include "veilig/report/v1/report_service.grpc.pb.h"

namespace veilig::testing {
namespace {

using google::protobuf::Struct;
using google::protobuf::Value;

const std::vector<std::string> kProcesses = {"gateway", "veilige-wijken", "ondermijning",
                                             "zorg-veiligheid", "crisisbeheersing"};

bool Installed(const std::string& tool) { return std::filesystem::exists("/usr/bin/" + tool); }

std::optional<Struct> GetJson(int port, const std::string& path,
                              const httplib::Params& params = {}) {
  httplib::Client client("127.0.0.1", port);
  client.set_read_timeout(std::chrono::seconds(5));
  auto response = client.Get(path, params, httplib::Headers{});
  if (!response || response->status != 200) return std::nullopt;
  Struct json;
  if (!google::protobuf::util::JsonStringToMessage(response->body, &json).ok()) return std::nullopt;
  return json;
}

const Value& Field(const Value& v, const std::string& name) {
  return v.struct_value().fields().at(name);
}

class PrometheusTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!Installed("prometheus") || !Installed("promtool")) {
      GTEST_SKIP() << "Debian's prometheus package is not installed (scripts/install-deps does)";
    }
    suite_.StartAll();
    ASSERT_TRUE(suite_.WaitUntilServing());
    ASSERT_EQ(suite_.Ctl({"import", VEILIG_DATA_DIR}).exit_code, 0);
  }

  void RequestReports(int n) {
    auto stub = report::v1::ReportService::NewStub(suite_.Channel("gateway"));
    for (int i = 0; i < n; ++i) {
      grpc::ClientContext context;
      SetTestDeadline(context);
      report::v1::GetProgressReportRequest request;
      request.set_name(ReportResourceName("GM0034", "2019H1"));
      report::v1::ProgressReport report;
      ASSERT_TRUE(stub->GetProgressReport(&context, request, &report).ok());
    }
  }

  // The value of a PromQL query that yields one sample, if it does.
  std::optional<double> Query(int port, const std::string& promql) {
    auto json = GetJson(port, "/api/v1/query", {{"query", promql}});
    if (!json) return std::nullopt;
    const auto& result = json->fields().at("data").struct_value().fields().at("result");
    if (result.list_value().values_size() != 1) return std::nullopt;
    return std::stod(
        Field(result.list_value().values(0), "value").list_value().values(1).string_value());
  }

  Suite suite_;
};

TEST_F(PrometheusTest, EveryMetricsPageIsValidExpositionFormat) {
  RequestReports(3);
  for (const auto& name : kProcesses) {
    httplib::Client client("127.0.0.1", suite_.endpoint(name).metrics_port);
    auto page = client.Get("/metrics");
    ASSERT_TRUE(page && page->status == 200) << name;
    EXPECT_NE(page->body.find("grpc_server_handled_total"), std::string::npos) << name;
    const auto file = suite_.directory() / (name + ".metrics");
    std::ofstream(file) << page->body;
    auto checked = RunCommand({"/bin/sh", "-c", "promtool check metrics < " + file.string()},
                              (suite_.directory() / (name + ".promtool.log")).string());
    EXPECT_EQ(checked.exit_code, 0) << name << ": " << checked.output;
  }
}

TEST_F(PrometheusTest, ScrapesAllFiveAndAnswersQueriesAboutTheirTraffic) {
  const int port = FreePort();
  const auto config = suite_.directory() / "prometheus.yml";
  {
    std::ofstream out(config);
    out << "global:\n  scrape_interval: 1s\n  evaluation_interval: 1s\n"
        << "rule_files:\n  - " << VEILIG_ALERT_RULES << "\n"
        << "scrape_configs:\n  - job_name: veilig\n    static_configs:\n      - targets:\n";
    for (const auto& name : kProcesses) {
      out << "          - 127.0.0.1:" << suite_.endpoint(name).metrics_port << "\n";
    }
  }
  Process prometheus({"/usr/bin/prometheus", "--config.file=" + config.string(),
                      "--storage.tsdb.path=" + (suite_.directory() / "tsdb").string(),
                      "--web.listen-address=127.0.0.1:" + std::to_string(port)},
                     (suite_.directory() / "prometheus.log").string());

  int up = 0;
  for (int attempt = 0; attempt < 300 && up < 5; ++attempt) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    up = 0;
    if (auto targets = GetJson(port, "/api/v1/targets")) {
      const auto& active = targets->fields().at("data").struct_value().fields().at("activeTargets");
      for (const auto& target : active.list_value().values()) {
        up += Field(target, "health").string_value() == "up" ? 1 : 0;
      }
    }
  }
  ASSERT_EQ(up, 5) << prometheus.Output();

  RequestReports(5);
  std::optional<double> sections, reports, backend_calls;
  for (int attempt = 0; attempt < 100 && !(sections >= 20 && reports >= 5); ++attempt) {
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    sections = Query(port,
                     "sum(grpc_server_handled_total{job=\"veilig\", "
                     "grpc_method=\"GetThemeSection\", grpc_code=\"OK\"})");
    reports = Query(port, "sum(grpc_server_handled_total{grpc_method=\"GetProgressReport\"})");
    backend_calls = Query(port, "sum(veilig_gateway_backend_request_seconds_count)");
  }
  EXPECT_GE(sections.value_or(0), 20);  // four sections per report
  EXPECT_GE(reports.value_or(0), 5);
  EXPECT_GE(backend_calls.value_or(0), 20);
  EXPECT_EQ(Query(port, "sum(veilig_gateway_partial_reports_total)"), 0.0);
  // The shipped rules loaded and evaluated: nothing fires on a healthy suite.
  EXPECT_EQ(Query(port, "count(ALERTS{alertstate=\"firing\"}) or vector(0)"), 0.0);
}

TEST(AlertRulesTest, PromtoolAcceptsAndUnitTestsTheRules) {
  if (!Installed("promtool")) GTEST_SKIP() << "promtool is not installed";
  const auto log = std::filesystem::temp_directory_path() / "veilig-promtool.log";
  auto checked =
      RunCommand({"/usr/bin/promtool", "check", "rules", VEILIG_ALERT_RULES}, log.string());
  EXPECT_EQ(checked.exit_code, 0) << checked.output;
  auto tested =
      RunCommand({"/usr/bin/promtool", "test", "rules", VEILIG_ALERT_RULES_TEST}, log.string());
  EXPECT_EQ(tested.exit_code, 0) << tested.output;
}

}  // namespace
}  // namespace veilig::testing
