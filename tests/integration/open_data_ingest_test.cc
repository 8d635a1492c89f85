// The streamed import against running servers: acknowledged batches survive
// a broken call and a killed server, a resumed import duplicates nothing, a
// bad batch writes nothing, and veiligctl streams a synthetic national table
// with a summary of what it skipped. On SQLite, and on PostgreSQL (COPY) when
// scripts/test provides a server.
#include <gtest/gtest.h>

#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <thread>

#include "common/client/observation_ingest.h"
#include "common/domain/strings.h"
#include "tests/support/call_context.h"
#include "tests/support/suite.h"
#include "veilig/theme/v1/theme_service.grpc.pb.h"

namespace veilig::testing {
namespace {

using theme::v1::IngestObservationsRequest;
using theme::v1::IngestObservationsResponse;
using theme::v1::ThemeService;

constexpr char kService[] = "veilige-wijken";

enum class Backend { kSqlite, kPostgres };

client::IngestOptions IngestOptions(const std::string& import_id, int batch_size) {
  client::IngestOptions options;
  options.import_id = import_id;
  options.batch_size = batch_size;
  return options;
}

// Monthly burglary counts of GM0034 from 2000 on: month i (0-based) counts i.
// The worked example's own figures start in 2017.
common::v1::Observation Burglaries(int month_index, int64_t count) {
  common::v1::Observation o;
  o.set_indicator("woninginbraak");
  o.set_area("GM0034");
  const int month = month_index % 12 + 1;
  o.set_period(StrCat(2000 + month_index / 12, "M", month < 10 ? "0" : "", month));
  o.set_count(count);
  return o;
}

IngestObservationsRequest Batch(const std::string& import_id, int64_t sequence, int first,
                                int size) {
  IngestObservationsRequest batch;
  batch.set_import_id(import_id);
  batch.set_sequence(sequence);
  for (int i = first; i < first + size; ++i) *batch.add_observations() = Burglaries(i, i);
  return batch;
}

class OpenDataIngestTest : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override {
    if (GetParam() == Backend::kPostgres) {
      const char* url = std::getenv("VEILIG_TEST_POSTGRES_URL");
      if (url == nullptr) {
        ASSERT_EQ(std::getenv("VEILIG_TEST_REQUIRE_POSTGRES"), nullptr)
            << "VEILIG_TEST_POSTGRES_URL is not set";
        GTEST_SKIP() << "VEILIG_TEST_POSTGRES_URL is not set; scripts/test sets it";
      }
      suite_.UsePostgres(url);
    }
    suite_.StartAll();
    ASSERT_TRUE(suite_.WaitUntilServing());
    auto imported = suite_.Ctl({"import", VEILIG_DATA_DIR});
    ASSERT_EQ(imported.exit_code, 0) << imported.output;
  }

  std::unique_ptr<ThemeService::Stub> Stub() {
    return ThemeService::NewStub(suite_.Channel(kService));
  }

  theme::v1::IngestCheckpoint Checkpoint(const std::string& import_id) {
    grpc::ClientContext context;
    SetTestDeadline(context);
    theme::v1::GetIngestCheckpointRequest request;
    request.set_import_id(import_id);
    theme::v1::IngestCheckpoint checkpoint;
    EXPECT_TRUE(Stub()->GetIngestCheckpoint(&context, request, &checkpoint).ok());
    return checkpoint;
  }

  // The stored yearly sum of the monthly burglary counts of GM0034.
  std::optional<int64_t> YearTotal(int year) {
    grpc::ClientContext context;
    SetTestDeadline(context);
    theme::v1::GetSeriesRequest request;
    request.set_indicator("woninginbraak");
    request.set_area("GM0034");
    request.set_from_period(StrCat(year));
    request.set_to_period(StrCat(year));
    theme::v1::GetSeriesResponse response;
    auto status = Stub()->GetSeries(&context, request, &response);
    EXPECT_TRUE(status.ok()) << status.error_message();
    if (response.series().points_size() != 1 || !response.series().points(0).has_count()) {
      return std::nullopt;
    }
    return response.series().points(0).count();
  }

  Suite suite_{{"--drain-delay-ms=0"}};
};

TEST_P(OpenDataIngestTest, ABrokenCallKeepsItsAcknowledgedBatchesAndResumesWithoutDuplicates) {
  const std::string id = "resume-test";
  {
    grpc::ClientContext context;
    // A stream lives for all its batches, longer than one call.
    SetTestDeadline(context, std::chrono::seconds(60));
    auto stream = Stub()->IngestObservations(&context);
    IngestObservationsResponse ack;
    for (int64_t sequence = 1; sequence <= 3; ++sequence) {
      ASSERT_TRUE(stream->Write(Batch(id, sequence, static_cast<int>(sequence - 1) * 40, 40)));
      ASSERT_TRUE(stream->Read(&ack));
      EXPECT_EQ(ack.sequence(), sequence);
      EXPECT_EQ(ack.observations(), 40);
      EXPECT_FALSE(ack.already_committed());
    }
    // A batch sent twice is acknowledged again and not written again.
    ASSERT_TRUE(stream->Write(Batch(id, 2, 40, 40)));
    ASSERT_TRUE(stream->Read(&ack));
    EXPECT_TRUE(ack.already_committed());
    EXPECT_EQ(ack.observations(), 0);
    context.TryCancel();  // the connection breaks
    stream->Finish();
  }
  auto checkpoint = Checkpoint(id);
  EXPECT_EQ(checkpoint.last_sequence(), 3);
  EXPECT_EQ(checkpoint.observations(), 120);

  {  // Skipping ahead is refused with the batch to resume from.
    grpc::ClientContext context;
    // A stream lives for all its batches, longer than one call.
    SetTestDeadline(context, std::chrono::seconds(60));
    auto stream = Stub()->IngestObservations(&context);
    ASSERT_TRUE(stream->Write(Batch(id, 5, 160, 40)));
    stream->WritesDone();
    IngestObservationsResponse ack;
    EXPECT_FALSE(stream->Read(&ack));
    const auto status = stream->Finish();
    EXPECT_EQ(status.error_code(), grpc::StatusCode::FAILED_PRECONDITION);
    EXPECT_NE(status.error_message().find("resume with batch 4"), std::string::npos)
        << status.error_message();
  }

  // The client resumes: batches 1-3 are skipped, 4-6 sent.
  auto stub = Stub();
  client::ObservationIngest ingest(*stub, IngestOptions(id, 40));
  ASSERT_TRUE(ingest.Resume().ok());
  for (int i = 0; i < 240; ++i) ASSERT_TRUE(ingest.Add(Burglaries(i, i)).ok());
  const auto finished = ingest.Finish();
  ASSERT_TRUE(finished.ok()) << finished;
  EXPECT_EQ(ingest.progress().batches_resumed, 3);
  EXPECT_EQ(ingest.progress().batches_committed, 3);
  checkpoint = Checkpoint(id);
  EXPECT_EQ(checkpoint.last_sequence(), 6);
  EXPECT_EQ(checkpoint.observations(), 240);
  for (int year = 2000; year < 2017; ++year) {  // the worked example has 2017 on
    const int64_t first = (year - 2000) * 12;   // sum of first .. first + 11
    EXPECT_EQ(YearTotal(year), 12 * first + 66) << year;
  }
}

TEST_P(OpenDataIngestTest, ABadBatchIsRefusedWholeAndNamesItsField) {
  const std::string id = "bad-batch";
  grpc::ClientContext context;
  // A stream lives for all its batches, longer than one call.
  SetTestDeadline(context, std::chrono::seconds(60));
  auto stream = Stub()->IngestObservations(&context);
  ASSERT_TRUE(stream->Write(Batch(id, 1, 0, 40)));
  IngestObservationsResponse ack;
  ASSERT_TRUE(stream->Read(&ack));
  auto bad = Batch(id, 2, 40, 40);
  bad.mutable_observations(7)->set_count(-1);
  ASSERT_TRUE(stream->Write(bad));
  stream->WritesDone();
  EXPECT_FALSE(stream->Read(&ack));
  const auto status = stream->Finish();
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(status.error_message().rfind("batch 2: observations[7].count", 0), 0u)
      << status.error_message();
  EXPECT_EQ(Checkpoint(id).last_sequence(), 1);
  EXPECT_EQ(YearTotal(2004), std::nullopt);  // nothing of batch 2 (months 40..79) was written
  EXPECT_EQ(YearTotal(2000), 66);

  grpc::ClientContext unknown_area_context;
  // A stream lives for all its batches, longer than one call.
  SetTestDeadline(unknown_area_context, std::chrono::seconds(60));
  auto unknown = Stub()->IngestObservations(&unknown_area_context);
  auto stranger = Batch(id, 2, 40, 40);
  stranger.mutable_observations(0)->set_area("GM9999");
  ASSERT_TRUE(unknown->Write(stranger));
  unknown->WritesDone();
  EXPECT_FALSE(unknown->Read(&ack));
  const auto refused = unknown->Finish();
  EXPECT_EQ(refused.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_NE(refused.error_message().find("GM9999"), std::string::npos) << refused.error_message();
}

TEST_P(OpenDataIngestTest, AKilledServerLosesNoAcknowledgedBatch) {
  const std::string id = "crash-test";
  constexpr int kObservations = 240 * 6;  // six indicators, twenty years of months
  const std::vector<std::string> indicators = {"woninginbraak", "straatroof",   "overval",
                                               "fietsdiefstal", "auto_inbraak", "vernieling"};
  auto observation = [&](int i) {
    auto o = Burglaries(i % 240, i);
    o.set_indicator(indicators[static_cast<size_t>(i / 240)]);
    return o;
  };
  {
    auto stub = Stub();
    client::ObservationIngest ingest(*stub, IngestOptions(id, 10));
    ASSERT_TRUE(ingest.Resume().ok());
    absl::Status status;
    bool killed = false;
    for (int i = 0; i < kObservations && status.ok(); ++i) {
      status = ingest.Add(observation(i));
      if (!killed && ingest.progress().batches_committed >= 20) {
        suite_.process(kService).Signal(SIGKILL);
        suite_.process(kService).Wait(std::chrono::seconds(5));
        killed = true;
      }
    }
    ASSERT_TRUE(killed) << "the import finished before 20 batches were acknowledged";
    if (status.ok()) status = ingest.Finish();
    ASSERT_FALSE(status.ok()) << "the import outlived its server";
  }
  const int64_t committed_before_restart = [&] {
    suite_.Start(kService);
    EXPECT_TRUE(suite_.WaitUntilServing());
    return Checkpoint(id).last_sequence();
  }();
  EXPECT_GE(committed_before_restart, 20);

  auto stub = Stub();
  client::ObservationIngest ingest(*stub, IngestOptions(id, 10));
  ASSERT_TRUE(ingest.Resume().ok());
  for (int i = 0; i < kObservations; ++i) ASSERT_TRUE(ingest.Add(observation(i)).ok());
  ASSERT_TRUE(ingest.Finish().ok());
  EXPECT_EQ(ingest.progress().batches_resumed, committed_before_restart);
  const auto checkpoint = Checkpoint(id);
  EXPECT_EQ(checkpoint.last_sequence(), kObservations / 10);
  EXPECT_EQ(checkpoint.observations(), kObservations);  // no batch counted twice
  EXPECT_EQ(YearTotal(2016), 12 * 192 + 66);
}

TEST_P(OpenDataIngestTest, VeiligctlStreamsASyntheticNationalTable) {
  const auto data = suite_.directory() / "synthetic";
  auto generated =
      RunCommand({VEILIG_SYNTHETIC_BINARY, "--out", data.string(), "--municipalities=12",
                  "--police-units=3", "--first-year=2020", "--last-year=2021"},
                 (suite_.directory() / "synthetic.log").string());
  ASSERT_EQ(generated.exit_code, 0) << generated.output;
  auto imported = suite_.Ctl({"import", data.string(), "--batch-size=100"});
  ASSERT_EQ(imported.exit_code, 0) << imported.output;
  // 12 municipalities x 41 crime types x 2 years x 13 periods.
  EXPECT_NE(imported.output.find("12792 rows read"), std::string::npos) << imported.output;
  EXPECT_NE(imported.output.find("crime types no indicator maps"), std::string::npos);
  EXPECT_NE(imported.output.find("1.4.5 (312)"), std::string::npos) << imported.output;

  auto again =
      suite_.Ctl({"import", (data / "politie_open_data.csv").string(), "--batch-size=100"});
  ASSERT_EQ(again.exit_code, 0) << again.output;
  EXPECT_NE(again.output.find("veilige-wijken: 0 observations in 0 batches ("), std::string::npos)
      << again.output;

  // Every municipality's own records, each directory imported for its own.
  for (int i = 1; i <= 12; ++i) {
    const char* code = i < 10 ? "GM000" : "GM00";
    auto registers =
        suite_.Ctl({"import", (data / "registers" / (code + std::to_string(i))).string()});
    ASSERT_EQ(registers.exit_code, 0) << registers.output;
  }

  auto report = suite_.Ctl({"report", "--municipality=GM0007", "--period=2021H2"});
  ASSERT_EQ(report.exit_code, 0) << report.output;
  EXPECT_NE(report.output.find("Synthetische gemeente 0007"), std::string::npos);
  EXPECT_NE(report.output.find("Synthetische politie-eenheid 1"), std::string::npos);
  EXPECT_NE(report.output.find("Synthetisch alcoholverbod van GM0007"), std::string::npos);
  EXPECT_EQ(report.output.find("van GM0008"), std::string::npos);
  auto incidents = suite_.Ctl({"list", "incidents", "--municipality=GM0008"});
  ASSERT_EQ(incidents.exit_code, 0) << incidents.output;
  EXPECT_NE(incidents.output.find("Synthetisch incident 2 van GM0008"), std::string::npos);
  EXPECT_EQ(incidents.output.find("GM0007"), std::string::npos) << incidents.output;
}

TEST_P(OpenDataIngestTest, VeiligctlStreamsTheODataJsonAnswer) {
  const auto file = suite_.directory() / "47022NED.json";
  std::ofstream(file) << R"({"value": [
    {"ID": 0, "SoortMisdrijf": "1.1.1 ", "RegioS": "GM0034    ", "Perioden": "2012MM01",
     "GeregistreerdeMisdrijven_1": 70},
    {"ID": 1, "SoortMisdrijf": "1.1.1 ", "RegioS": "GM0034    ", "Perioden": "2012MM02",
     "GeregistreerdeMisdrijven_1": null},
    {"ID": 2, "SoortMisdrijf": "1.1.1 ", "RegioS": "GM0034    ", "Perioden": "2012JJ00",
     "GeregistreerdeMisdrijven_1": 812},
    {"ID": 3, "SoortMisdrijf": "9.9.9 ", "RegioS": "GM0034    ", "Perioden": "2012JJ00",
     "GeregistreerdeMisdrijven_1": 5}]})";
  auto imported = suite_.Ctl({"import", file.string()});
  ASSERT_EQ(imported.exit_code, 0) << imported.output;
  EXPECT_NE(imported.output.find("4 rows read, 2 imported; skipped: 1 not published"),
            std::string::npos)
      << imported.output;
  EXPECT_NE(imported.output.find("9.9.9 (1)"), std::string::npos) << imported.output;
  EXPECT_EQ(YearTotal(2012), 812);  // the year's own figure, not its one published month
}

INSTANTIATE_TEST_SUITE_P(Backends, OpenDataIngestTest,
                         ::testing::Values(Backend::kSqlite, Backend::kPostgres),
                         [](const auto& info) {
                           return info.param == Backend::kSqlite ? "Sqlite" : "Postgres";
                         });

}  // namespace
}  // namespace veilig::testing
