// SIGTERM: health turns NOT_SERVING at once, then the server drains and exits 0.
#include <gtest/gtest.h>
#include <signal.h>

#include <thread>

#include "common/domain/strings.h"
#include "grpc/health/v1/health.grpc.pb.h"
#include "tests/support/call_context.h"
#include "tests/support/suite.h"
#include "veilig/theme/v1/theme_service.grpc.pb.h"

namespace veilig::testing {
namespace {

using grpc::health::v1::HealthCheckResponse;

std::optional<HealthCheckResponse::ServingStatus> Health(Suite& suite, const std::string& name) {
  auto stub = grpc::health::v1::Health::NewStub(suite.Channel(name));
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() + std::chrono::milliseconds(300));
  grpc::health::v1::HealthCheckRequest request;
  HealthCheckResponse response;
  if (!stub->Check(&context, request, &response).ok()) return std::nullopt;
  return response.status();
}

class ShutdownTest : public ::testing::TestWithParam<std::string> {};

TEST_P(ShutdownTest, HealthTurnsNotServingOnSigtermAndTheProcessExitsZero) {
  // The drain delay is the window in which NOT_SERVING must be seen; it is
  // wide so that a slow (sanitized, loaded) machine still polls inside it.
  Suite suite({"--drain-delay-ms=3000", "--grace-period=5"});
  suite.Start(GetParam());
  ASSERT_TRUE(suite.WaitUntilServing());
  EXPECT_EQ(Health(suite, GetParam()), HealthCheckResponse::SERVING);

  suite.process(GetParam()).Signal(SIGTERM);
  bool saw_not_serving = false;
  for (int i = 0; i < 100 && !saw_not_serving; ++i) {
    saw_not_serving = Health(suite, GetParam()) == HealthCheckResponse::NOT_SERVING;
    if (!saw_not_serving) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  EXPECT_TRUE(saw_not_serving);
  EXPECT_EQ(suite.process(GetParam()).Wait(std::chrono::seconds(10)), 0)
      << suite.process(GetParam()).Output();
}

INSTANTIATE_TEST_SUITE_P(EveryServer, ShutdownTest,
                         ::testing::Values("gateway", "veilige-wijken", "crisisbeheersing"),
                         [](const auto& info) {
                           std::string name = info.param;
                           std::replace(name.begin(), name.end(), '-', '_');
                           return name;
                         });

// A call in flight at SIGTERM (here a streamed import) runs to its end while
// new calls are refused, and the process still exits 0 within its grace period.
TEST(ShutdownDrainTest, CallsInFlightCompleteWhileNewCallsAreRefused) {
  Suite suite({"--drain-delay-ms=1000", "--grace-period=5"});
  suite.StartAll();
  ASSERT_TRUE(suite.WaitUntilServing());
  ASSERT_EQ(suite.Ctl({"import", VEILIG_DATA_DIR}).exit_code, 0);
  const std::string service = "veilige-wijken";
  auto batch = [](int64_t sequence) {
    theme::v1::IngestObservationsRequest request;
    request.set_import_id("drain-test");
    request.set_sequence(sequence);
    auto* o = request.add_observations();
    o->set_indicator("woninginbraak");
    o->set_area("GM0034");
    o->set_period(StrCat(2010 + sequence, "H1"));
    o->set_count(sequence);
    return request;
  };
  auto stub = theme::v1::ThemeService::NewStub(suite.Channel(service));
  grpc::ClientContext context;
  // A stream lives for all its batches, longer than one call.
  SetTestDeadline(context, std::chrono::seconds(60));
  auto stream = stub->IngestObservations(&context);
  theme::v1::IngestObservationsResponse ack;
  ASSERT_TRUE(stream->Write(batch(1)) && stream->Read(&ack));

  const auto sigterm = std::chrono::steady_clock::now();
  suite.process(service).Signal(SIGTERM);
  bool not_serving = false;
  for (int i = 0; i < 100 && !not_serving; ++i) {
    not_serving = Health(suite, service) == HealthCheckResponse::NOT_SERVING;
    if (!not_serving) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  EXPECT_TRUE(not_serving);
  ASSERT_TRUE(stream->Write(batch(2)) && stream->Read(&ack));  // still being served
  EXPECT_EQ(ack.sequence(), 2);

  std::this_thread::sleep_for(std::chrono::milliseconds(1500));  // past the drain delay
  auto fresh = theme::v1::ThemeService::NewStub(suite.Channel(service));
  grpc::ClientContext new_call;
  new_call.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(1));
  theme::v1::GetIngestCheckpointRequest request;
  request.set_import_id("drain-test");
  theme::v1::IngestCheckpoint checkpoint;
  EXPECT_FALSE(fresh->GetIngestCheckpoint(&new_call, request, &checkpoint).ok());

  ASSERT_TRUE(stream->Write(batch(3)) && stream->Read(&ack));  // the old call goes on
  EXPECT_EQ(ack.sequence(), 3);
  stream->WritesDone();
  const auto finished = stream->Finish();
  EXPECT_TRUE(finished.ok()) << finished.error_message();
  EXPECT_EQ(suite.process(service).Wait(std::chrono::seconds(10)), 0);
  EXPECT_LT(std::chrono::steady_clock::now() - sigterm, std::chrono::seconds(1 + 5 + 1));

  suite.Start(service);  // everything acknowledged is there
  ASSERT_TRUE(suite.WaitUntilServing());
  grpc::ClientContext after;
  SetTestDeadline(after);
  ASSERT_TRUE(stub->GetIngestCheckpoint(&after, request, &checkpoint).ok());
  EXPECT_EQ(checkpoint.last_sequence(), 3);
}

TEST(StartupTest, AnUnusableDatabaseFailsFastWithAClearMessage) {
  Suite suite({"--database=sqlite:/nonexistent-dir/veilig/x.db"});
  suite.Start("ondermijning");
  auto code = suite.process("ondermijning").Wait(std::chrono::seconds(10));
  EXPECT_EQ(code, 1);
  EXPECT_NE(suite.process("ondermijning").Output().find("cannot open SQLite database"),
            std::string::npos);
}

// A second server on a port that is taken must refuse to start: gRPC and
// cpp-httplib would otherwise share the port (SO_REUSEPORT) and the two
// processes would each answer part of the calls.
TEST(StartupTest, AServerRefusesAPortAnotherProcessServes) {
  Suite suite;
  suite.Start("crisisbeheersing");
  suite.Start("gateway");
  ASSERT_TRUE(suite.WaitUntilServing("crisisbeheersing"));
  ASSERT_TRUE(suite.WaitUntilServing("gateway"));
  const auto directory = suite.directory();
  const std::vector<std::string> common = {"--metrics-port=" + std::to_string(FreePort()),
                                           "--auth-secret-file=" + suite.secret_file().string()};

  std::vector<std::string> theme = {
      Suite::Binary("crisisbeheersing"), "--database=sqlite:" + (directory / "second.db").string(),
      "--port=" + std::to_string(suite.endpoint("crisisbeheersing").port)};
  theme.insert(theme.end(), common.begin(), common.end());
  auto second_theme =
      RunCommand(theme, (directory / "second-theme.log").string(), std::chrono::seconds(15));
  EXPECT_EQ(second_theme.exit_code, 1);
  EXPECT_NE(second_theme.output.find("cannot serve gRPC"), std::string::npos)
      << second_theme.output;

  std::vector<std::string> gateway = {
      Suite::Binary("gateway"), "--database=sqlite:" + (directory / "second-gateway.db").string(),
      "--port=" + std::to_string(FreePort()),
      "--http-port=" + std::to_string(suite.endpoint("gateway").http_port)};
  gateway.insert(gateway.end(), common.begin(), common.end());
  auto second_gateway =
      RunCommand(gateway, (directory / "second-gateway.log").string(), std::chrono::seconds(15));
  EXPECT_NE(second_gateway.exit_code, 0);
  EXPECT_NE(second_gateway.output.find("cannot serve HTTP"), std::string::npos)
      << second_gateway.output;

  // The first servers are untouched.
  EXPECT_TRUE(suite.IsServing("crisisbeheersing"));
  EXPECT_TRUE(suite.IsServing("gateway"));
}

}  // namespace
}  // namespace veilig::testing
