// Faults under load: theme services killed and slowed down while reports are
// requested without pause, and a server pushed beyond its threads.
#include <gtest/gtest.h>
#include <signal.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <iostream>
#include <mutex>
#include <random>
#include <set>
#include <thread>
#include <vector>

#include "common/domain/resource_name.h"
#include "tests/support/call_context.h"
#include "tests/support/metrics_scrape.h"
#include "tests/support/report_call.h"
#include "tests/support/signals_call.h"
#include "tests/support/suite.h"
#include "veilig/theme/v1/theme_service.grpc.pb.h"

namespace veilig::testing {
namespace {

using namespace std::chrono_literals;
using report::v1::ProgressReport;

// Callers' deadline: far beyond the gateway's own (500 ms below), so that a
// call only misses it if the gateway waits for a backend it should give up
// on; and below the slow service's delay, which such a call would wait out.
constexpr auto kCallerDeadline = 8s;
constexpr char kSlowServiceDelay[] = "--test-delay-ms=10000";

// Report requests from several threads without pause, tallying what came back.
class ReportLoad {
 public:
  ReportLoad(Suite& suite, int threads) : suite_(suite) {
    for (int i = 0; i < threads; ++i) threads_.emplace_back([this] { Run(); });
  }
  ~ReportLoad() { Stop(); }

  void Stop() {
    stopping_ = true;
    for (auto& thread : threads_) {
      if (thread.joinable()) thread.join();
    }
  }

  struct Tally {
    int calls = 0;
    int failed = 0;
    std::string first_failure;
    std::chrono::milliseconds slowest{0};
    // Every service a report listed as unreachable.
    std::set<std::string> unreachable;
  };
  Tally tally() {
    std::lock_guard lock(mutex_);
    return tally_;
  }

  // True once a report listed `service` as unreachable, within `timeout`.
  bool WaitUntilUnreachable(const std::string& service, std::chrono::seconds timeout) {
    std::unique_lock lock(mutex_);
    return changed_.wait_for(lock, timeout, [&] { return tally_.unreachable.contains(service); });
  }

 private:
  void Run() {
    while (!stopping_) {
      ProgressReport report;
      const auto start = std::chrono::steady_clock::now();
      const grpc::Status status = GetReport(suite_, "GM0034", "2019H1", &report, kCallerDeadline);
      const auto elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(
          std::chrono::steady_clock::now() - start);
      std::lock_guard lock(mutex_);
      ++tally_.calls;
      tally_.slowest = std::max(tally_.slowest, elapsed);
      if (!status.ok()) {
        if (tally_.failed++ == 0) {
          tally_.first_failure = std::to_string(status.error_code()) + " " + status.error_message();
        }
        continue;
      }
      tally_.unreachable.insert(report.unreachable().begin(), report.unreachable().end());
      changed_.notify_all();
    }
  }

  Suite& suite_;
  std::atomic<bool> stopping_{false};
  std::mutex mutex_;
  std::condition_variable changed_;
  Tally tally_;
  std::vector<std::thread> threads_;
};

bool ReportIsComplete(Suite& suite) {
  ProgressReport report;
  return GetReport(suite, "GM0034", "2019H1", &report, kCallerDeadline).ok() &&
         report.unreachable().empty();
}

bool EventuallyComplete(Suite& suite, std::chrono::seconds timeout) {
  const auto until = std::chrono::steady_clock::now() + timeout;
  while (std::chrono::steady_clock::now() < until) {
    if (ReportIsComplete(suite)) return true;
    std::this_thread::sleep_for(100ms);
  }
  return false;
}

TEST(FaultUnderLoadTest, ReportsKeepComingWhileServicesDieAndSlowDownAndRecover) {
  Suite suite({"--drain-delay-ms=0"});
  suite.AddServerArgs("gateway", {"--report-deadline-ms=500"});
  suite.StartAll();
  ASSERT_TRUE(suite.WaitUntilServing());
  ASSERT_EQ(suite.Ctl({"import", VEILIG_DATA_DIR}).exit_code, 0);
  ASSERT_TRUE(ReportIsComplete(suite));

  ReportLoad load(suite, 4);
  std::this_thread::sleep_for(1s);

  // One service dies.
  suite.process("zorg-veiligheid").Signal(SIGKILL);
  ASSERT_TRUE(suite.process("zorg-veiligheid").Wait(5s).has_value());
  EXPECT_TRUE(load.WaitUntilUnreachable("zorg-veiligheid", 30s));

  // Another one answers, but slower than the gateway waits.
  suite.AddServerArgs("crisisbeheersing", {kSlowServiceDelay});
  suite.Start("crisisbeheersing");
  ASSERT_TRUE(suite.WaitUntilServing("crisisbeheersing"));
  EXPECT_TRUE(load.WaitUntilUnreachable("crisisbeheersing", 30s));

  // Both come back; the gateway reconnects by itself.
  suite.ClearServerArgs("crisisbeheersing");
  suite.Start("crisisbeheersing");
  suite.Start("zorg-veiligheid");
  ASSERT_TRUE(suite.WaitUntilServing());
  EXPECT_TRUE(EventuallyComplete(suite, 15s));
  load.Stop();

  const ReportLoad::Tally tally = load.tally();
  std::cout << "reports under faults: " << tally.calls << " calls, " << tally.failed
            << " failed, slowest " << tally.slowest.count() << " ms\n";
  EXPECT_GT(tally.calls, 10);
  // Not one call failed, and so none outlived its caller's deadline, which a
  // call waiting for the slow service would have.
  EXPECT_EQ(tally.failed, 0) << "first failure: " << tally.first_failure;
  EXPECT_FALSE(tally.unreachable.contains("veilige-wijken"));
  EXPECT_FALSE(tally.unreachable.contains("ondermijning"));
}

// Publishes GM0034 2019H1 over and over until stopped; remembers every
// version the gateway acknowledged.
class PublishLoop {
 public:
  explicit PublishLoop(Suite& suite) : suite_(suite), thread_([this] { Run(); }) {}
  ~PublishLoop() { Stop(); }
  void Stop() {
    stopping_ = true;
    if (thread_.joinable()) thread_.join();
  }
  std::set<int> acknowledged() const { return acknowledged_; }

 private:
  void Run() {
    auto stub = report::v1::ReportService::NewStub(suite_.Channel("gateway"));
    while (!stopping_) {
      grpc::ClientContext context;
      context.set_deadline(std::chrono::system_clock::now() + 5s);
      report::v1::PublishReportRequest request;
      request.set_name(ReportResourceName("GM0034", "2019H1"));
      ProgressReport published;
      // Calls refused because the gateway is gone are expected here.
      if (stub->PublishReport(&context, request, &published).ok()) {
        acknowledged_.insert(published.version());
      }
    }
  }

  Suite& suite_;
  std::atomic<bool> stopping_{false};
  std::set<int> acknowledged_;
  std::thread thread_;
};

TEST(CrashSafetyTest, AGatewayKilledWhilePublishingKeepsEachVersionWholeOrNotAtAll) {
  Suite suite({"--drain-delay-ms=0"});
  suite.StartAll();
  ASSERT_TRUE(suite.WaitUntilServing());
  ASSERT_EQ(suite.Ctl({"import", VEILIG_DATA_DIR}).exit_code, 0);
  // Publication waits for the area signals; worked out once beforehand, a
  // kill window of a few hundred milliseconds holds whole publications also
  // under the sanitizers.
  const grpc::Status settled = WaitForAreaSignals(suite, "GM0034", "2019H1");
  ASSERT_TRUE(settled.ok()) << settled.error_message();

  std::set<int> acknowledged;
  std::mt19937 random(std::random_device{}());
  for (int round = 0; round < 3; ++round) {
    {
      PublishLoop loop(suite);
      std::this_thread::sleep_for(
          std::chrono::milliseconds(std::uniform_int_distribution<int>(300, 900)(random)));
      suite.process("gateway").Signal(SIGKILL);
      ASSERT_TRUE(suite.process("gateway").Wait(5s).has_value());
      loop.Stop();
      const std::set<int> in_round = loop.acknowledged();
      acknowledged.insert(in_round.begin(), in_round.end());
    }
    suite.Start("gateway");
    ASSERT_TRUE(suite.WaitUntilServing("gateway"));
  }
  ASSERT_FALSE(acknowledged.empty());

  auto stub = report::v1::ReportService::NewStub(suite.Channel("gateway"));
  grpc::ClientContext list_context;
  SetTestDeadline(list_context);
  report::v1::ListReportVersionsRequest list;
  list.set_parent(ReportResourceName("GM0034", "2019H1"));
  list.set_page_size(1000);
  report::v1::ListReportVersionsResponse versions;
  ASSERT_TRUE(stub->ListReportVersions(&list_context, list, &versions).ok());
  // Versions 1..N without a gap, every acknowledged one among them (one more
  // may have been committed just before its acknowledgement was lost)...
  std::set<int> stored;
  for (const auto& v : versions.versions()) stored.insert(v.version());
  ASSERT_FALSE(stored.empty());
  EXPECT_EQ(*stored.begin(), 1);
  EXPECT_EQ(*stored.rbegin(), static_cast<int>(stored.size()));
  for (int version : acknowledged) EXPECT_TRUE(stored.contains(version)) << version;
  EXPECT_LE(stored.size(), acknowledged.size() + 3);
  // ...and each of them whole: the complete report, every section present.
  for (int version : stored) {
    grpc::ClientContext context;
    SetTestDeadline(context);
    report::v1::GetProgressReportRequest get;
    get.set_name(version > 0 ? VersionResourceName("GM0034", "2019H1", version)
                             : ReportResourceName("GM0034", "2019H1"));
    ProgressReport report;
    ASSERT_TRUE(stub->GetProgressReport(&context, get, &report).ok()) << version;
    EXPECT_EQ(report.version(), version);
    EXPECT_EQ(report.status(), report::v1::REPORT_STATUS_PUBLISHED);
    EXPECT_EQ(report.sections_size(), 4);
    EXPECT_TRUE(report.unreachable().empty());
    EXPECT_EQ(report.municipality_name(), "Almere");
  }
  std::cout << "publishing through 3 gateway kills: " << acknowledged.size() << " acknowledged, "
            << stored.size() << " stored, all whole\n";
}

// A call that waits for the signals and leaves (its deadline, a gateway
// killed while publishing) hands the computation to the service's worker:
// otherwise a caller with a short deadline would never see it finished.
TEST(CrashSafetyTest, SignalsACallerLeftAreWorkedOutByTheWorker) {
  Suite suite;
  suite.StartAll();
  ASSERT_TRUE(suite.WaitUntilServing());
  ASSERT_EQ(suite.Ctl({"import", VEILIG_DATA_DIR}).exit_code, 0);
  auto stub = theme::v1::ThemeService::NewStub(suite.Channel("veilige-wijken"));
  theme::v1::ListAreaSignalsRequest request;
  request.set_area("GM0034");
  request.set_period("2019H1");
  {
    grpc::ClientContext context;
    // Far shorter than working out 6,000 tests over every wijk and buurt.
    context.set_deadline(std::chrono::system_clock::now() + std::chrono::milliseconds(20));
    theme::v1::ListAreaSignalsResponse answer;
    const grpc::Status status = stub->ListAreaSignals(&context, request, &answer);
    ASSERT_EQ(status.error_code(), grpc::StatusCode::DEADLINE_EXCEEDED) << status.error_message();
  }
  // Nobody asks again until the worker is done (minutes under ThreadSanitizer).
  std::string metrics;
  for (int attempt = 0; attempt < 4800; ++attempt) {
    metrics = Scrape(suite.endpoint("veilige-wijken"));
    if (MetricValue(metrics, "veilig_signals_computed_total") >= 1 &&
        MetricValue(metrics, "veilig_signals_pending") == 0) {
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  EXPECT_EQ(MetricValue(metrics, "veilig_signals_computed_total"), 1) << metrics;
  EXPECT_EQ(MetricValue(metrics, "veilig_signals_pending"), 0) << metrics;
  request.set_ready_only(true);
  grpc::ClientContext context;
  SetTestDeadline(context);
  theme::v1::ListAreaSignalsResponse ready;
  ASSERT_TRUE(stub->ListAreaSignals(&context, request, &ready).ok());
  EXPECT_FALSE(ready.pending());
  EXPECT_GT(ready.tests(), 0);
}

// Many calls at once against a server allowed few threads, each call slowed
// down so that they overlap.
struct OverloadOutcome {
  int ok = 0;
  int shed = 0;
  std::string shed_message;
  int other = 0;
  std::string first_other;
  std::chrono::milliseconds slowest_ok{0};
};

OverloadOutcome Flood(Suite& suite, const std::string& service, int calls) {
  auto stub = theme::v1::ThemeService::NewStub(suite.Channel(service));
  struct Call {
    grpc::ClientContext context;
    theme::v1::ListIndicatorsRequest request;
    theme::v1::ListIndicatorsResponse response;
  };
  std::vector<std::unique_ptr<Call>> in_flight;
  std::mutex mutex;
  std::condition_variable finished;
  int remaining = calls;
  OverloadOutcome outcome;
  const auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < calls; ++i) {
    auto call = std::make_unique<Call>();
    call->context.set_deadline(std::chrono::system_clock::now() + 30s);
    stub->async()->ListIndicators(
        &call->context, &call->request, &call->response, [&](const grpc::Status& status) {
          const auto elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(
              std::chrono::steady_clock::now() - start);
          std::lock_guard lock(mutex);
          if (status.ok()) {
            ++outcome.ok;
            outcome.slowest_ok = std::max(outcome.slowest_ok, elapsed);
          } else if (status.error_code() == grpc::StatusCode::RESOURCE_EXHAUSTED) {
            if (outcome.shed++ == 0) outcome.shed_message = status.error_message();
          } else if (outcome.other++ == 0) {
            outcome.first_other =
                std::to_string(status.error_code()) + " " + status.error_message();
          }
          if (--remaining == 0) finished.notify_all();
        });
    in_flight.push_back(std::move(call));
  }
  std::unique_lock lock(mutex);
  finished.wait(lock, [&] { return remaining == 0; });
  return outcome;
}

TEST(OverloadTest, BeyondItsLimitAServerShedsCallsInsteadOfQueueingThem) {
  Suite suite({"--drain-delay-ms=0"});
  suite.AddServerArgs("ondermijning", {"--max-concurrent-calls=4", "--test-delay-ms=1000"});
  suite.Start("ondermijning");
  ASSERT_TRUE(suite.WaitUntilServing());

  const OverloadOutcome outcome = Flood(suite, "ondermijning", 60);
  std::cout << "overload: " << outcome.ok << " answered, " << outcome.shed
            << " shed, slowest answer " << outcome.slowest_ok.count() << " ms\n";
  EXPECT_EQ(outcome.other, 0) << "first: " << outcome.first_other;
  EXPECT_GT(outcome.ok, 0);
  EXPECT_GT(outcome.shed, 0);
  EXPECT_NE(outcome.shed_message.find("limit of 4 calls in flight"), std::string::npos)
      << outcome.shed_message;
  // Admitted calls did not wait behind the others: 60 calls of a second each
  // four at a time would take fifteen seconds if they were queued.
  EXPECT_LT(outcome.slowest_ok, 6s);
  // And the server is unharmed: health checks got through all along.
  EXPECT_TRUE(suite.IsServing("ondermijning"));
  EXPECT_TRUE(suite.process("ondermijning").running());
}

TEST(OverloadTest, BeyondItsThreadsAServerShedsCallsAsABackstop) {
  Suite suite({"--drain-delay-ms=0"});
  suite.AddServerArgs("ondermijning",
                      {"--max-concurrent-calls=0", "--max-threads=4", "--test-delay-ms=1000"});
  suite.Start("ondermijning");
  ASSERT_TRUE(suite.WaitUntilServing());

  const OverloadOutcome outcome = Flood(suite, "ondermijning", 60);
  // gRPC refuses what no thread is left for.
  EXPECT_EQ(outcome.other, 0) << "first: " << outcome.first_other;
  EXPECT_GT(outcome.ok, 0);
  EXPECT_GT(outcome.shed, 0);
  EXPECT_LT(outcome.slowest_ok, 6s);
  EXPECT_TRUE(suite.IsServing("ondermijning"));
}

}  // namespace
}  // namespace veilig::testing
