#include "common/client/observation_ingest.h"

#include "common/domain/strings.h"

namespace veilig::client {
namespace {

absl::Status FromGrpc(const grpc::Status& status) {
  return absl::Status(static_cast<absl::StatusCode>(status.error_code()), status.error_message());
}

}  // namespace

ObservationIngest::ObservationIngest(theme::v1::ThemeService::StubInterface& stub,
                                     IngestOptions options)
    : stub_(stub), options_(std::move(options)) {
  batch_.set_import_id(options_.import_id);
}

ObservationIngest::~ObservationIngest() {
  if (reader_.joinable()) {
    context_->TryCancel();
    reader_.join();
  }
}

absl::Status ObservationIngest::Resume() {
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(30));
  if (!options_.authorization.empty()) context.AddMetadata("authorization", options_.authorization);
  theme::v1::GetIngestCheckpointRequest request;
  request.set_import_id(options_.import_id);
  theme::v1::IngestCheckpoint checkpoint;
  if (auto s = stub_.GetIngestCheckpoint(&context, request, &checkpoint); !s.ok()) {
    return FromGrpc(s);
  }
  resume_after_ = checkpoint.last_sequence();
  std::lock_guard lock(mutex_);
  last_acknowledged_ = resume_after_;
  progress_.observations_resumed = checkpoint.observations();
  return absl::OkStatus();
}

absl::Status ObservationIngest::Add(common::v1::Observation&& observation) {
  *batch_.add_observations() = std::move(observation);
  if (batch_.observations_size() < options_.batch_size) return absl::OkStatus();
  return SendBatch();
}

absl::Status ObservationIngest::OpenCall() {
  context_ = std::make_unique<grpc::ClientContext>();
  context_->set_deadline(std::chrono::system_clock::now() + options_.timeout);
  if (!options_.authorization.empty()) {
    context_->AddMetadata("authorization", options_.authorization);
  }
  stream_ = stub_.IngestObservations(context_.get());
  reader_ = std::thread([this] { ReadAcknowledgements(); });
  return absl::OkStatus();
}

void ObservationIngest::ReadAcknowledgements() {
  theme::v1::IngestObservationsResponse ack;
  while (stream_->Read(&ack)) {
    std::lock_guard lock(mutex_);
    last_acknowledged_ = ack.sequence();
    ++progress_.batches_committed;
    progress_.observations_committed += ack.observations();
    acknowledged_.notify_all();
  }
  std::lock_guard lock(mutex_);
  reader_done_ = true;
  acknowledged_.notify_all();
}

absl::Status ObservationIngest::SendBatch() {
  const int64_t sequence = next_sequence_++;
  if (sequence <= resume_after_) {
    // Committed by an earlier attempt: the same rows in the same order.
    std::lock_guard lock(mutex_);
    ++progress_.batches_resumed;
    batch_.clear_observations();
    return absl::OkStatus();
  }
  if (!stream_) {
    if (auto s = OpenCall(); !s.ok()) return s;
  }
  {
    std::unique_lock lock(mutex_);
    acknowledged_.wait(lock, [&] {
      return reader_done_ || sequence - last_acknowledged_ - 1 < options_.batches_in_flight;
    });
    if (reader_done_) return CallStatus();
  }
  batch_.set_sequence(sequence);
  const bool sent = stream_->Write(batch_);
  batch_.clear_observations();
  if (!sent) return CallStatus();
  return absl::OkStatus();
}

absl::Status ObservationIngest::CallStatus() {
  if (call_status_) return *call_status_;
  if (reader_.joinable()) reader_.join();
  call_status_ = FromGrpc(stream_->Finish());
  return *call_status_;
}

absl::Status ObservationIngest::Finish() {
  if (batch_.observations_size() > 0) {
    if (auto s = SendBatch(); !s.ok()) return s;
  }
  if (!stream_) return absl::OkStatus();
  if (!call_status_) stream_->WritesDone();
  if (auto s = CallStatus(); !s.ok()) return s;
  std::lock_guard lock(mutex_);
  if (last_acknowledged_ != next_sequence_ - 1) {
    return absl::DataLossError(StrCat("the service acknowledged batch ", last_acknowledged_,
                                      " as its last of ", next_sequence_ - 1));
  }
  return absl::OkStatus();
}

IngestProgress ObservationIngest::progress() const {
  std::lock_guard lock(mutex_);
  return progress_;
}

}  // namespace veilig::client
