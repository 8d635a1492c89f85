#include "services/zorg-veiligheid/api/zorg_veiligheid_service_impl.h"

#include "common/domain/field_checks.h"
#include "common/domain/validate_each.h"
#include "common/server/grpc_status.h"
#include "services/zorg-veiligheid/domain/register_rules.h"

namespace veilig::zorgveiligheid {

using server::ToGrpcStatus;

grpc::Status ZorgVeiligheidServiceImpl::UpsertRegisterCounts(
    grpc::ServerContext* context, const v1::UpsertRegisterCountsRequest* request,
    v1::UpsertRegisterCountsResponse* response) {
  if (auto s = server::AdmitCall(*context); !s.ok()) return ToGrpcStatus(s);
  if (auto s = ValidateEach(request->counts(), "counts", ValidateRegisterCount); !s.ok()) {
    return ToGrpcStatus(s);
  }
  if (auto s = ValidateEach(request->targets(), "targets", ValidateRegisterTarget); !s.ok()) {
    return ToGrpcStatus(s);
  }
  if (!request->validate_only()) {
    const std::vector<RegisterCount> counts(request->counts().begin(), request->counts().end());
    const std::vector<RegisterTarget> targets(request->targets().begin(), request->targets().end());
    if (auto s = store_.Upsert(counts, targets); !s.ok()) return ToGrpcStatus(s);
  }
  response->set_counts(request->counts_size());
  response->set_targets(request->targets_size());
  return grpc::Status::OK;
}

grpc::Status ZorgVeiligheidServiceImpl::ListRegisterCounts(
    grpc::ServerContext* context, const v1::ListRegisterCountsRequest* request,
    v1::ListRegisterCountsResponse* response) {
  if (auto s = server::AdmitCall(*context); !s.ok()) return ToGrpcStatus(s);
  auto period = ParsePeriodField("period", request->period());
  if (!period.ok()) return ToGrpcStatus(period.status());
  auto counts = store_.CountsOfYears(period->year(), period->year());
  if (!counts.ok()) return ToGrpcStatus(counts.status());
  for (int r = v1::Register_MIN + 1; r <= v1::Register_MAX; ++r) {
    if (auto count = CountIn(*counts, static_cast<Register>(r), *period)) {
      *response->add_counts() = std::move(*count);
    }
  }
  auto targets = store_.TargetsOfYear(period->year());
  if (!targets.ok()) return ToGrpcStatus(targets.status());
  for (auto& t : *targets) *response->add_targets() = std::move(t);
  return grpc::Status::OK;
}

}  // namespace veilig::zorgveiligheid
