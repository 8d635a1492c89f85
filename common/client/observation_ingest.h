// The client half of ThemeService.IngestObservations: one service's share of
// an import, sent as numbered batches on one call with a few batches in
// flight, counting acknowledgements as they come back. Resuming asks the
// service for its checkpoint and skips the batches it already committed, so
// a broken import is finished by running it again with the same import id.
#pragma once

#include <grpcpp/grpcpp.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "absl/status/status.h"
#include "veilig/theme/v1/theme_service.grpc.pb.h"

namespace veilig::client {

struct IngestOptions {
  std::string import_id;
  int batch_size = 5000;
  // Unacknowledged batches allowed on the wire: enough to keep the server
  // busy while the next batch is read, few enough to keep memory flat.
  int batches_in_flight = 4;
  std::chrono::seconds timeout{3600};
  // "Bearer <token>" sent with the calls; empty for none.
  std::string authorization;
};

struct IngestProgress {
  int64_t batches_committed = 0;
  int64_t observations_committed = 0;
  // Batches an earlier attempt committed, skipped on resume.
  int64_t batches_resumed = 0;
  int64_t observations_resumed = 0;
};

class ObservationIngest {
 public:
  ObservationIngest(theme::v1::ThemeService::StubInterface& stub, IngestOptions options);
  ~ObservationIngest();
  ObservationIngest(const ObservationIngest&) = delete;
  ObservationIngest& operator=(const ObservationIngest&) = delete;

  // Reads the service's checkpoint for this import; call before Add.
  absl::Status Resume();
  // Queues one observation, sending a batch when it is full. Fails once the
  // call has failed; the status says which batch the service refused.
  absl::Status Add(common::v1::Observation&& observation);
  // Sends the last batch and waits until every batch is acknowledged.
  absl::Status Finish();

  // Safe to call from another thread while batches are being sent.
  IngestProgress progress() const;
  int64_t batches_sent() const { return next_sequence_ - 1; }

 private:
  absl::Status SendBatch();
  absl::Status OpenCall();
  void ReadAcknowledgements();
  absl::Status CallStatus();

  theme::v1::ThemeService::StubInterface& stub_;
  const IngestOptions options_;
  theme::v1::IngestObservationsRequest batch_;
  int64_t next_sequence_ = 1;
  int64_t resume_after_ = 0;

  std::unique_ptr<grpc::ClientContext> context_;
  std::unique_ptr<grpc::ClientReaderWriterInterface<theme::v1::IngestObservationsRequest,
                                                    theme::v1::IngestObservationsResponse>>
      stream_;
  std::thread reader_;
  std::optional<absl::Status> call_status_;

  mutable std::mutex mutex_;
  std::condition_variable acknowledged_;
  int64_t last_acknowledged_ = 0;
  bool reader_done_ = false;
  IngestProgress progress_;
};

}  // namespace veilig::client
