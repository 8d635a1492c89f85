#include "services/zorg-veiligheid/api/zorg_veiligheid_service_impl.h"

#include "common/domain/field_checks.h"
#include "common/domain/resource_name.h"
#include "common/domain/validate_each.h"
#include "common/server/grpc_status.h"
#include "common/server/paging.h"
#include "services/zorg-veiligheid/domain/register_rules.h"

namespace veilig::zorgveiligheid {

using server::ToGrpcStatus;

grpc::Status ZorgVeiligheidServiceImpl::UpsertRegisterCounts(
    grpc::ServerContext* context, const v1::UpsertRegisterCountsRequest* request,
    v1::UpsertRegisterCountsResponse* response) {
  auto municipality = ParseParent("parent", request->parent());
  if (!municipality.ok()) return ToGrpcStatus(municipality.status());
  if (auto s = ValidateEach(request->counts(), "counts", ValidateRegisterCount); !s.ok()) {
    return ToGrpcStatus(s);
  }
  if (auto s = ValidateEach(request->targets(), "targets", ValidateRegisterTarget); !s.ok()) {
    return ToGrpcStatus(s);
  }
  if (!request->validate_only()) {
    const std::vector<RegisterCount> counts(request->counts().begin(), request->counts().end());
    const std::vector<RegisterTarget> targets(request->targets().begin(), request->targets().end());
    if (auto s = store_.Upsert(*municipality, counts, targets); !s.ok()) return ToGrpcStatus(s);
  }
  response->set_counts(request->counts_size());
  response->set_targets(request->targets_size());
  return grpc::Status::OK;
}

grpc::Status ZorgVeiligheidServiceImpl::ListRegisterCounts(
    grpc::ServerContext* context, const v1::ListRegisterCountsRequest* request,
    v1::ListRegisterCountsResponse* response) {
  auto municipality = ParseParent("parent", request->parent());
  if (!municipality.ok()) return ToGrpcStatus(municipality.status());
  auto period = ParsePeriodField("period", request->period());
  if (!period.ok()) return ToGrpcStatus(period.status());
  auto page = server::ParsePage(*request);
  if (!page.ok()) return ToGrpcStatus(page.status());
  auto counts = store_.CountsOfYears(*municipality, period->year(), period->year());
  if (!counts.ok()) return ToGrpcStatus(counts.status());
  // At most one count per register: the page is cut from the rolled-up list.
  std::vector<RegisterCount> rolled_up;
  for (int r = v1::Register_MIN + 1; r <= v1::Register_MAX; ++r) {
    if (auto count = CountIn(*counts, static_cast<Register>(r), *period)) {
      rolled_up.push_back(std::move(*count));
    }
  }
  response->set_next_page_token(page->TakeFrom(std::move(rolled_up), [response](auto&& c) {
    *response->add_counts() = std::forward<decltype(c)>(c);
  }));
  auto targets = store_.TargetsOfYear(*municipality, period->year());
  if (!targets.ok()) return ToGrpcStatus(targets.status());
  for (auto& t : *targets) *response->add_targets() = std::move(t);
  return grpc::Status::OK;
}

}  // namespace veilig::zorgveiligheid
