// The whole suite on PostgreSQL: the same import, report and publication as
// on SQLite, against a real server (scripts/test starts one).
#include <gtest/gtest.h>

#include <cstdlib>

#include "common/domain/resource_name.h"
#include "common/report/dutch_number.h"
#include "tests/support/call_context.h"
#include "tests/support/suite.h"
#include "veilig/report/v1/report_service.grpc.pb.h"

// These tests read the typed v1 section fields, deprecated but still filled
// for v1 clients, to show that they are.
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"

namespace veilig::testing {
namespace {

TEST(PostgresSuiteTest, ImportsReportsAndPublishesOnPostgres) {
  const char* url = std::getenv("VEILIG_TEST_POSTGRES_URL");
  if (url == nullptr) {
    ASSERT_EQ(std::getenv("VEILIG_TEST_REQUIRE_POSTGRES"), nullptr)
        << "VEILIG_TEST_POSTGRES_URL is not set";
    GTEST_SKIP() << "VEILIG_TEST_POSTGRES_URL is not set; scripts/test sets it";
  }
  Suite suite;
  suite.UsePostgres(url);
  suite.StartAll();
  ASSERT_TRUE(suite.WaitUntilServing());
  auto imported = suite.Ctl({"import", VEILIG_DATA_DIR});
  ASSERT_EQ(imported.exit_code, 0) << imported.output;
  auto again = suite.Ctl({"import", VEILIG_DATA_DIR});  // idempotent on PostgreSQL too
  ASSERT_EQ(again.exit_code, 0) << again.output;

  auto stub = report::v1::ReportService::NewStub(suite.Channel("gateway"));
  grpc::ClientContext context;
  SetTestDeadline(context);
  report::v1::PublishReportRequest request;
  request.set_name(ReportResourceName("GM0034", "2019H1"));
  report::v1::ProgressReport report;
  const auto status = stub->PublishReport(&context, request, &report);
  ASSERT_TRUE(status.ok()) << status.error_message();
  EXPECT_EQ(report.version(), 1);
  ASSERT_EQ(report.sections_size(), 4);
  const auto& burglary = report.sections(0).topics(0).indicators(0);
  ASSERT_EQ(burglary.indicator().id(), "woninginbraak");
  EXPECT_EQ(report::FormatRate(burglary.series(0).points(0).rate()), "6,3");
  EXPECT_EQ(report::FormatRate(burglary.series(0).points(4).rate()), "4,3");
  EXPECT_EQ(report.sections(3).crisisbeheersing().incidents_size(), 26);
  EXPECT_EQ(report.sections(1).ondermijning().counts(0).subcategories(1).count(), 91);
}

}  // namespace
}  // namespace veilig::testing
