// ThemeService's streamed import: numbered batches of observations, each
// committed with the import's checkpoint and acknowledged on the same call.
#include <algorithm>

#include "absl/strings/ascii.h"
#include "common/domain/field_error.h"
#include "common/domain/strings.h"
#include "common/server/grpc_status.h"
#include "common/theme/theme_service_impl.h"
#include "common/theme/validation.h"

namespace veilig::theme {
namespace {

using server::ToGrpcStatus;

constexpr int kMaxBatchObservations = 10'000;
constexpr size_t kMaxImportIdLength = 128;

absl::Status CheckImportId(const std::string& id) {
  const bool valid = !id.empty() && id.size() <= kMaxImportIdLength &&
                     std::all_of(id.begin(), id.end(), [](char c) {
                       return absl::ascii_isalnum(c) || c == '.' || c == '-' || c == '_';
                     });
  if (valid) return absl::OkStatus();
  return FieldError("import_id", "must be 1 to 128 letters, digits, '.', '-' or '_'");
}

// Names the batch in an error, so a client can tell where its file went wrong.
absl::Status InBatch(int64_t sequence, const absl::Status& status) {
  if (status.ok()) return status;
  return absl::Status(status.code(), StrCat("batch ", sequence, ": ", View(status.message())));
}

}  // namespace

grpc::Status ThemeServiceImpl::IngestObservations(
    grpc::ServerContext* context,
    grpc::ServerReaderWriter<v1::IngestObservationsResponse, v1::IngestObservationsRequest>*
        stream) {
  v1::IngestObservationsRequest batch;
  while (stream->Read(&batch)) {
    if (context->IsCancelled()) return {grpc::StatusCode::CANCELLED, "the client cancelled"};
    if (auto s = CheckImportId(batch.import_id()); !s.ok()) return ToGrpcStatus(s);
    const int64_t sequence = batch.sequence();
    if (sequence < 1) {
      return ToGrpcStatus(FieldError("sequence", StrCat("must be 1 or more (got ", sequence, ")")));
    }
    if (batch.observations_size() > kMaxBatchObservations) {
      return ToGrpcStatus(InBatch(
          sequence,
          FieldError("observations", StrCat("at most ", kMaxBatchObservations, " per batch (got ",
                                            batch.observations_size(), ")"))));
    }
    v1::UpsertThemeDataRequest upsert;
    upsert.mutable_observations()->Swap(batch.mutable_observations());
    if (auto s = ValidateUpsert(upsert, ownership_.themes); !s.ok()) {
      return ToGrpcStatus(InBatch(sequence, s));
    }
    auto outcome = store_.IngestBatch(batch.import_id(), sequence, upsert,
                                      [&upsert](const auto& indicators, const auto& areas) {
                                        return ValidateReferences(upsert, indicators, areas);
                                      });
    if (!outcome.ok()) return ToGrpcStatus(InBatch(sequence, outcome.status()));
    v1::IngestObservationsResponse ack;
    ack.set_import_id(batch.import_id());
    ack.set_sequence(sequence);
    ack.set_already_committed(outcome->already_committed);
    ack.set_observations(outcome->already_committed ? 0 : upsert.observations_size());
    if (!stream->Write(ack)) return {grpc::StatusCode::CANCELLED, "the client went away"};
  }
  return grpc::Status::OK;
}

grpc::Status ThemeServiceImpl::GetIngestCheckpoint(grpc::ServerContext* context,
                                                   const v1::GetIngestCheckpointRequest* request,
                                                   v1::IngestCheckpoint* response) {
  if (auto s = CheckImportId(request->import_id()); !s.ok()) return ToGrpcStatus(s);
  auto checkpoint = store_.GetIngestCheckpoint(request->import_id());
  if (!checkpoint.ok()) return ToGrpcStatus(checkpoint.status());
  *response = std::move(*checkpoint);
  return grpc::Status::OK;
}

}  // namespace veilig::theme
