// SIGTERM: health turns NOT_SERVING at once, then the server drains and exits 0.
#include <gtest/gtest.h>
#include <signal.h>

#include <thread>

#include "grpc/health/v1/health.grpc.pb.h"
#include "tests/support/suite.h"

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
  Suite suite({"--drain-delay-ms=1500", "--grace-period=5"});
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

TEST(StartupTest, AnUnusableDatabaseFailsFastWithAClearMessage) {
  Suite suite({"--database=sqlite:/nonexistent-dir/veilig/x.db"});
  suite.Start("ondermijning");
  auto code = suite.process("ondermijning").Wait(std::chrono::seconds(10));
  EXPECT_EQ(code, 1);
  EXPECT_NE(suite.process("ondermijning").Output().find("cannot open SQLite database"),
            std::string::npos);
}

}  // namespace
}  // namespace veilig::testing
