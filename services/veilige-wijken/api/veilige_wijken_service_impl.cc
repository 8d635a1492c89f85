#include "services/veilige-wijken/api/veilige_wijken_service_impl.h"

#include "common/domain/calendar_date.h"
#include "common/domain/dates.h"
#include "common/domain/field_checks.h"
#include "common/domain/field_error.h"
#include "common/domain/resource_name.h"
#include "common/domain/validate_each.h"
#include "common/server/grpc_status.h"
#include "common/server/paging.h"
#include "common/server/update_mask.h"
#include "common/storage/request_ids.h"
#include "services/veilige-wijken/domain/measure_rules.h"

namespace veilig::veiligewijken {
namespace {

using server::ToGrpcStatus;

// Ten years: a longer horizon is a mistake, not a question.
constexpr int kMaxWithinDays = 3660;

constexpr char kCollection[] = "measures";

absl::Status CheckKind(int kind) {
  if (!v1::MeasureKind_IsValid(kind)) return FieldError("kind", "is not a kind of measure");
  return absl::OkStatus();
}

}  // namespace

grpc::Status VeiligeWijkenServiceImpl::List(const std::string& municipality,
                                            const MeasureFilter& filter,
                                            const google::protobuf::Message& request,
                                            v1::ListMeasuresResponse* response) {
  auto page = server::ParsePage(request);
  if (!page.ok()) return ToGrpcStatus(page.status());
  auto measures = store_.ListMeasures(municipality, filter, page->offset, page->probe_size());
  if (!measures.ok()) return ToGrpcStatus(measures.status());
  response->set_next_page_token(page->Take(*measures, [response](auto&& row) {
    *response->add_measures() = std::forward<decltype(row)>(row);
  }));
  return grpc::Status::OK;
}

grpc::Status VeiligeWijkenServiceImpl::CreateMeasure(grpc::ServerContext* context,
                                                     const v1::CreateMeasureRequest* request,
                                                     v1::Measure* response) {
  auto municipality = ParseParent("parent", request->parent());
  if (!municipality.ok()) return ToGrpcStatus(municipality.status());
  if (!request->measure().name().empty()) {
    return ToGrpcStatus(FieldError("measure.name", "is assigned by the service; leave it empty"));
  }
  if (auto s = ValidateMeasure(request->measure(), "measure"); !s.ok()) return ToGrpcStatus(s);
  if (auto s = storage::CheckRequestId("request_id", request->request_id()); !s.ok()) {
    return ToGrpcStatus(s);
  }
  auto created = store_.CreateMeasure(*municipality, request->measure(), request->request_id());
  if (!created.ok()) return ToGrpcStatus(created.status());
  *response = std::move(*created);
  return grpc::Status::OK;
}

grpc::Status VeiligeWijkenServiceImpl::GetMeasure(grpc::ServerContext* context,
                                                  const v1::GetMeasureRequest* request,
                                                  v1::Measure* response) {
  auto name = ParseResourceName("name", request->name(), kCollection);
  if (!name.ok()) return ToGrpcStatus(name.status());
  auto measure = store_.GetMeasure(name->municipality, name->id);
  if (!measure.ok()) return ToGrpcStatus(measure.status());
  if (!measure->has_value()) {
    return grpc::Status(grpc::StatusCode::NOT_FOUND, StrCat(request->name(), " does not exist"));
  }
  *response = std::move(**measure);
  return grpc::Status::OK;
}

grpc::Status VeiligeWijkenServiceImpl::ListMeasures(grpc::ServerContext* context,
                                                    const v1::ListMeasuresRequest* request,
                                                    v1::ListMeasuresResponse* response) {
  auto municipality = ParseParent("parent", request->parent());
  if (!municipality.ok()) return ToGrpcStatus(municipality.status());
  if (auto s = CheckKind(request->kind()); !s.ok()) return ToGrpcStatus(s);
  MeasureFilter filter;
  filter.kind = request->kind();
  if (!request->period().empty()) {
    auto period = ParsePeriodField("period", request->period());
    if (!period.ok()) return ToGrpcStatus(period.status());
    filter.decided_from = period->FirstDay();
    filter.decided_to = period->LastDay();
  }
  return List(*municipality, filter, *request, response);
}

grpc::Status VeiligeWijkenServiceImpl::UpdateMeasure(grpc::ServerContext* context,
                                                     const v1::UpdateMeasureRequest* request,
                                                     v1::Measure* response) {
  auto name = ParseResourceName("measure.name", request->measure().name(), kCollection);
  if (!name.ok()) return ToGrpcStatus(name.status());
  auto updated = store_.ChangeMeasure(
      name->municipality, name->id,
      [request](const v1::Measure& current) -> absl::StatusOr<v1::Measure> {
        v1::Measure next = current;
        if (auto s = server::ApplyUpdateMask(request->measure(), request->update_mask(),
                                             "update_mask", next);
            !s.ok()) {
          return s;
        }
        if (auto s = ValidateMeasure(next, "measure"); !s.ok()) return s;
        return next;
      });
  if (!updated.ok()) return ToGrpcStatus(updated.status());
  *response = std::move(*updated);
  return grpc::Status::OK;
}

grpc::Status VeiligeWijkenServiceImpl::DeleteMeasure(grpc::ServerContext* context,
                                                     const v1::DeleteMeasureRequest* request,
                                                     google::protobuf::Empty*) {
  auto name = ParseResourceName("name", request->name(), kCollection);
  if (!name.ok()) return ToGrpcStatus(name.status());
  return ToGrpcStatus(store_.DeleteMeasure(name->municipality, name->id));
}

grpc::Status VeiligeWijkenServiceImpl::ListMeasuresInForce(
    grpc::ServerContext* context, const v1::ListMeasuresInForceRequest* request,
    v1::ListMeasuresResponse* response) {
  auto municipality = ParseParent("parent", request->parent());
  if (!municipality.ok()) return ToGrpcStatus(municipality.status());
  if (auto s = CheckDateField("date", request->date(), true); !s.ok()) return ToGrpcStatus(s);
  if (auto s = CheckKind(request->kind()); !s.ok()) return ToGrpcStatus(s);
  MeasureFilter filter;
  filter.kind = request->kind();
  filter.in_force_on = IsoDate(request->date());
  return List(*municipality, filter, *request, response);
}

grpc::Status VeiligeWijkenServiceImpl::ListExpiringMeasures(
    grpc::ServerContext* context, const v1::ListExpiringMeasuresRequest* request,
    v1::ListMeasuresResponse* response) {
  auto municipality = ParseParent("parent", request->parent());
  if (!municipality.ok()) return ToGrpcStatus(municipality.status());
  if (auto s = CheckDateField("date", request->date(), true); !s.ok()) return ToGrpcStatus(s);
  if (request->within_days() < 1 || request->within_days() > kMaxWithinDays) {
    return ToGrpcStatus(
        FieldError("within_days", StrCat("must be between 1 and ", kMaxWithinDays)));
  }
  MeasureFilter filter;
  filter.expiring_from = IsoDate(request->date());
  filter.expiring_to = AddDays(filter.expiring_from, request->within_days());
  return List(*municipality, filter, *request, response);
}

grpc::Status VeiligeWijkenServiceImpl::ImportMeasures(grpc::ServerContext* context,
                                                      const v1::ImportMeasuresRequest* request,
                                                      v1::ImportMeasuresResponse* response) {
  auto municipality = ParseParent("parent", request->parent());
  if (!municipality.ok()) return ToGrpcStatus(municipality.status());
  if (auto s = ValidateEach(request->measures(), "measures", ValidateMeasure); !s.ok()) {
    return ToGrpcStatus(s);
  }
  if (!request->validate_only()) {
    const std::vector<v1::Measure> measures(request->measures().begin(), request->measures().end());
    if (auto s = store_.ImportMeasures(*municipality, measures); !s.ok()) return ToGrpcStatus(s);
  }
  response->set_measures(request->measures_size());
  return grpc::Status::OK;
}

grpc::Status VeiligeWijkenServiceImpl::UpsertWatchTeams(grpc::ServerContext* context,
                                                        const v1::UpsertWatchTeamsRequest* request,
                                                        v1::UpsertWatchTeamsResponse* response) {
  auto municipality = ParseParent("parent", request->parent());
  if (!municipality.ok()) return ToGrpcStatus(municipality.status());
  if (auto s = ValidateEach(request->watch_teams(), "watch_teams", ValidateWatchTeam); !s.ok()) {
    return ToGrpcStatus(s);
  }
  if (!request->validate_only()) {
    const std::vector<v1::WatchTeam> teams(request->watch_teams().begin(),
                                           request->watch_teams().end());
    if (auto s = store_.UpsertWatchTeams(*municipality, teams); !s.ok()) return ToGrpcStatus(s);
  }
  response->set_watch_teams(request->watch_teams_size());
  return grpc::Status::OK;
}

grpc::Status VeiligeWijkenServiceImpl::ListWatchTeams(grpc::ServerContext* context,
                                                      const v1::ListWatchTeamsRequest* request,
                                                      v1::ListWatchTeamsResponse* response) {
  auto municipality = ParseParent("parent", request->parent());
  if (!municipality.ok()) return ToGrpcStatus(municipality.status());
  auto page = server::ParsePage(*request);
  if (!page.ok()) return ToGrpcStatus(page.status());
  auto teams = store_.ListWatchTeams(*municipality, page->offset, page->probe_size());
  if (!teams.ok()) return ToGrpcStatus(teams.status());
  response->set_next_page_token(page->Take(*teams, [response](auto&& t) {
    *response->add_watch_teams() = std::forward<decltype(t)>(t);
  }));
  return grpc::Status::OK;
}

grpc::Status VeiligeWijkenServiceImpl::UpsertKvoCertificates(
    grpc::ServerContext* context, const v1::UpsertKvoCertificatesRequest* request,
    v1::UpsertKvoCertificatesResponse* response) {
  auto municipality = ParseParent("parent", request->parent());
  if (!municipality.ok()) return ToGrpcStatus(municipality.status());
  if (auto s = ValidateEach(request->certificates(), "certificates", ValidateCertificate);
      !s.ok()) {
    return ToGrpcStatus(s);
  }
  if (!request->validate_only()) {
    const std::vector<v1::KvoCertificate> certificates(request->certificates().begin(),
                                                       request->certificates().end());
    if (auto s = store_.UpsertCertificates(*municipality, certificates); !s.ok()) {
      return ToGrpcStatus(s);
    }
  }
  response->set_certificates(request->certificates_size());
  return grpc::Status::OK;
}

grpc::Status VeiligeWijkenServiceImpl::ListKvoCertificates(
    grpc::ServerContext* context, const v1::ListKvoCertificatesRequest* request,
    v1::ListKvoCertificatesResponse* response) {
  auto municipality = ParseParent("parent", request->parent());
  if (!municipality.ok()) return ToGrpcStatus(municipality.status());
  auto page = server::ParsePage(*request);
  if (!page.ok()) return ToGrpcStatus(page.status());
  auto certificates = store_.ListCertificates(*municipality, page->offset, page->probe_size());
  if (!certificates.ok()) return ToGrpcStatus(certificates.status());
  response->set_next_page_token(page->Take(*certificates, [response](auto&& c) {
    *response->add_certificates() = std::forward<decltype(c)>(c);
  }));
  return grpc::Status::OK;
}

}  // namespace veilig::veiligewijken
