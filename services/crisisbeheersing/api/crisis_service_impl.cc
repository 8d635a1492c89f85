#include "services/crisisbeheersing/api/crisis_service_impl.h"

#include <limits>

#include "common/domain/field_checks.h"
#include "common/domain/field_error.h"
#include "common/domain/resource_name.h"
#include "common/domain/validate_each.h"
#include "common/server/grpc_status.h"
#include "common/server/paging.h"
#include "common/server/update_mask.h"
#include "common/storage/request_ids.h"
#include "services/crisisbeheersing/domain/crisis_rules.h"

namespace veilig::crisisbeheersing {
namespace {

using server::ToGrpcStatus;

constexpr char kCollection[] = "incidents";

// The inclusive date range of an optional period field.
absl::StatusOr<IncidentFilter> DateRange(std::string_view field, const std::string& period) {
  IncidentFilter filter;
  if (period.empty()) return filter;
  auto parsed = ParsePeriodField(field, period);
  if (!parsed.ok()) return parsed.status();
  filter.from_date = parsed->FirstDay();
  filter.to_date = parsed->LastDay();
  return filter;
}

}  // namespace

grpc::Status CrisisServiceImpl::CreateIncident(grpc::ServerContext* context,
                                               const v1::CreateIncidentRequest* request,
                                               v1::Incident* response) {
  auto municipality = ParseParent("parent", request->parent());
  if (!municipality.ok()) return ToGrpcStatus(municipality.status());
  if (!request->incident().name().empty()) {
    return ToGrpcStatus(FieldError("incident.name", "is assigned by the service; leave it empty"));
  }
  if (auto s = ValidateIncident(request->incident(), "incident"); !s.ok()) return ToGrpcStatus(s);
  if (auto s = storage::CheckRequestId("request_id", request->request_id()); !s.ok()) {
    return ToGrpcStatus(s);
  }
  auto created = store_.CreateIncident(*municipality, request->incident(), request->request_id());
  if (!created.ok()) return ToGrpcStatus(created.status());
  *response = std::move(*created);
  return grpc::Status::OK;
}

grpc::Status CrisisServiceImpl::GetIncident(grpc::ServerContext* context,
                                            const v1::GetIncidentRequest* request,
                                            v1::Incident* response) {
  auto name = ParseResourceName("name", request->name(), kCollection);
  if (!name.ok()) return ToGrpcStatus(name.status());
  auto incident = store_.GetIncident(name->municipality, name->id);
  if (!incident.ok()) return ToGrpcStatus(incident.status());
  if (!incident->has_value()) {
    return grpc::Status(grpc::StatusCode::NOT_FOUND, StrCat(request->name(), " does not exist"));
  }
  *response = std::move(**incident);
  return grpc::Status::OK;
}

grpc::Status CrisisServiceImpl::ListIncidents(grpc::ServerContext* context,
                                              const v1::ListIncidentsRequest* request,
                                              v1::ListIncidentsResponse* response) {
  auto municipality = ParseParent("parent", request->parent());
  if (!municipality.ok()) return ToGrpcStatus(municipality.status());
  auto filter = DateRange("period", request->period());
  if (!filter.ok()) return ToGrpcStatus(filter.status());
  if (!v1::GripLevel_IsValid(request->min_grip())) {
    return ToGrpcStatus(FieldError("min_grip", "is not a GRIP level"));
  }
  filter->min_grip = request->min_grip();
  auto page = server::ParsePage(*request);
  if (!page.ok()) return ToGrpcStatus(page.status());
  auto incidents = store_.ListIncidents(*municipality, *filter, page->offset, page->probe_size());
  if (!incidents.ok()) return ToGrpcStatus(incidents.status());
  response->set_next_page_token(page->Take(*incidents, [response](auto&& row) {
    *response->add_incidents() = std::forward<decltype(row)>(row);
  }));
  return grpc::Status::OK;
}

grpc::Status CrisisServiceImpl::UpdateIncident(grpc::ServerContext* context,
                                               const v1::UpdateIncidentRequest* request,
                                               v1::Incident* response) {
  auto name = ParseResourceName("incident.name", request->incident().name(), kCollection);
  if (!name.ok()) return ToGrpcStatus(name.status());
  auto updated = store_.ChangeIncident(
      name->municipality, name->id,
      [request](const v1::Incident& current) -> absl::StatusOr<v1::Incident> {
        v1::Incident next = current;
        if (auto s = server::ApplyUpdateMask(request->incident(), request->update_mask(),
                                             "update_mask", next);
            !s.ok()) {
          return s;
        }
        if (auto s = ValidateIncident(next, "incident"); !s.ok()) return s;
        return next;
      });
  if (!updated.ok()) return ToGrpcStatus(updated.status());
  *response = std::move(*updated);
  return grpc::Status::OK;
}

grpc::Status CrisisServiceImpl::DeleteIncident(grpc::ServerContext* context,
                                               const v1::DeleteIncidentRequest* request,
                                               google::protobuf::Empty*) {
  auto name = ParseResourceName("name", request->name(), kCollection);
  if (!name.ok()) return ToGrpcStatus(name.status());
  return ToGrpcStatus(store_.DeleteIncident(name->municipality, name->id));
}

grpc::Status CrisisServiceImpl::CountIncidents(grpc::ServerContext* context,
                                               const v1::CountIncidentsRequest* request,
                                               v1::CountIncidentsResponse* response) {
  auto municipality = ParseParent("parent", request->parent());
  if (!municipality.ok()) return ToGrpcStatus(municipality.status());
  if (request->period().empty()) return ToGrpcStatus(FieldError("period", "is required"));
  auto filter = DateRange("period", request->period());
  if (!filter.ok()) return ToGrpcStatus(filter.status());
  auto incidents = store_.ListIncidents(*municipality, *filter, 0, std::numeric_limits<int>::max());
  if (!incidents.ok()) return ToGrpcStatus(incidents.status());
  response->set_total(static_cast<int32_t>(incidents->size()));
  for (auto& count : CountByGrip(*incidents)) *response->add_counts_by_grip() = std::move(count);
  return grpc::Status::OK;
}

grpc::Status CrisisServiceImpl::ImportIncidents(grpc::ServerContext* context,
                                                const v1::ImportIncidentsRequest* request,
                                                v1::ImportIncidentsResponse* response) {
  auto municipality = ParseParent("parent", request->parent());
  if (!municipality.ok()) return ToGrpcStatus(municipality.status());
  if (auto s = ValidateEach(request->incidents(), "incidents", ValidateIncident); !s.ok()) {
    return ToGrpcStatus(s);
  }
  if (!request->validate_only()) {
    const std::vector<v1::Incident> incidents(request->incidents().begin(),
                                              request->incidents().end());
    if (auto s = store_.ImportIncidents(*municipality, incidents); !s.ok()) return ToGrpcStatus(s);
  }
  response->set_incidents(request->incidents_size());
  return grpc::Status::OK;
}

grpc::Status CrisisServiceImpl::UpsertOnCallPools(grpc::ServerContext* context,
                                                  const v1::UpsertOnCallPoolsRequest* request,
                                                  v1::UpsertOnCallPoolsResponse* response) {
  auto municipality = ParseParent("parent", request->parent());
  if (!municipality.ok()) return ToGrpcStatus(municipality.status());
  if (auto s = ValidateEach(request->pools(), "pools", ValidatePool); !s.ok()) {
    return ToGrpcStatus(s);
  }
  if (!request->validate_only()) {
    const std::vector<v1::OnCallPool> pools(request->pools().begin(), request->pools().end());
    if (auto s = store_.UpsertPools(*municipality, pools); !s.ok()) return ToGrpcStatus(s);
  }
  response->set_pools(request->pools_size());
  return grpc::Status::OK;
}

grpc::Status CrisisServiceImpl::ListOnCallPools(grpc::ServerContext* context,
                                                const v1::ListOnCallPoolsRequest* request,
                                                v1::ListOnCallPoolsResponse* response) {
  auto municipality = ParseParent("parent", request->parent());
  if (!municipality.ok()) return ToGrpcStatus(municipality.status());
  auto page = server::ParsePage(*request);
  if (!page.ok()) return ToGrpcStatus(page.status());
  auto pools = store_.ListPools(*municipality);
  if (!pools.ok()) return ToGrpcStatus(pools.status());
  std::vector<v1::OnCallPool> wanted;
  for (auto& pool : *pools) {
    if (!request->understaffed_only() || Understaffed(pool)) wanted.push_back(std::move(pool));
  }
  response->set_next_page_token(page->TakeFrom(std::move(wanted), [response](auto&& pool) {
    *response->add_pools() = std::forward<decltype(pool)>(pool);
  }));
  return grpc::Status::OK;
}

grpc::Status CrisisServiceImpl::UpsertEventAdvice(grpc::ServerContext* context,
                                                  const v1::UpsertEventAdviceRequest* request,
                                                  v1::UpsertEventAdviceResponse* response) {
  auto municipality = ParseParent("parent", request->parent());
  if (!municipality.ok()) return ToGrpcStatus(municipality.status());
  if (auto s = ValidateEach(request->events(), "events", ValidateEventAdvice); !s.ok()) {
    return ToGrpcStatus(s);
  }
  if (!request->validate_only()) {
    const std::vector<v1::EventAdvice> events(request->events().begin(), request->events().end());
    if (auto s = store_.UpsertEvents(*municipality, events); !s.ok()) return ToGrpcStatus(s);
  }
  response->set_events(request->events_size());
  return grpc::Status::OK;
}

grpc::Status CrisisServiceImpl::ListEventAdvice(grpc::ServerContext* context,
                                                const v1::ListEventAdviceRequest* request,
                                                v1::ListEventAdviceResponse* response) {
  auto municipality = ParseParent("parent", request->parent());
  if (!municipality.ok()) return ToGrpcStatus(municipality.status());
  auto range = DateRange("period", request->period());
  if (!range.ok()) return ToGrpcStatus(range.status());
  auto page = server::ParsePage(*request);
  if (!page.ok()) return ToGrpcStatus(page.status());
  auto events = store_.ListEvents(*municipality, range->from_date, range->to_date);
  if (!events.ok()) return ToGrpcStatus(events.status());
  response->set_next_page_token(page->TakeFrom(std::move(*events), [response](auto&& e) {
    *response->add_events() = std::forward<decltype(e)>(e);
  }));
  return grpc::Status::OK;
}

}  // namespace veilig::crisisbeheersing
