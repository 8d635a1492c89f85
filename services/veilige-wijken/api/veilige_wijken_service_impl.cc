#include "services/veilige-wijken/api/veilige_wijken_service_impl.h"

#include "common/domain/dates.h"
#include "common/domain/field_checks.h"
#include "common/domain/field_error.h"
#include "common/domain/resource_name.h"
#include "common/domain/validate_each.h"
#include "common/server/grpc_status.h"
#include "common/server/paging.h"
#include "services/veilige-wijken/domain/measure_rules.h"

namespace veilig::veiligewijken {
namespace {

using server::ToGrpcStatus;

// Ten years: a longer horizon is a mistake, not a question.
constexpr int kMaxWithinDays = 3660;

absl::Status CheckKind(int kind) {
  if (!v1::MeasureKind_IsValid(kind)) return FieldError("kind", "is not a kind of measure");
  return absl::OkStatus();
}

}  // namespace

grpc::Status VeiligeWijkenServiceImpl::List(const MeasureFilter& filter, int page_size,
                                            const std::string& page_token,
                                            v1::ListMeasuresResponse* response) {
  auto page = server::ParsePage(page_size, page_token);
  if (!page.ok()) return ToGrpcStatus(page.status());
  auto measures = store_.ListMeasures(filter, page->offset, page->probe_size());
  if (!measures.ok()) return ToGrpcStatus(measures.status());
  response->set_next_page_token(page->Take(
      *measures, [response](auto&& row) { *response->add_measures() = std::move(row); }));
  return grpc::Status::OK;
}

grpc::Status VeiligeWijkenServiceImpl::CreateMeasure(grpc::ServerContext* context,
                                                     const v1::CreateMeasureRequest* request,
                                                     v1::Measure* response) {
  if (auto s = server::AdmitCall(*context); !s.ok()) return ToGrpcStatus(s);
  if (!request->measure().name().empty()) {
    return ToGrpcStatus(FieldError("measure.name", "is assigned by the service; leave it empty"));
  }
  if (auto s = ValidateMeasure(request->measure(), "measure"); !s.ok()) return ToGrpcStatus(s);
  auto created = store_.CreateMeasure(request->measure());
  if (!created.ok()) return ToGrpcStatus(created.status());
  *response = std::move(*created);
  return grpc::Status::OK;
}

grpc::Status VeiligeWijkenServiceImpl::GetMeasure(grpc::ServerContext* context,
                                                  const v1::GetMeasureRequest* request,
                                                  v1::Measure* response) {
  if (auto s = server::AdmitCall(*context); !s.ok()) return ToGrpcStatus(s);
  auto id = ParseResourceName("name", request->name(), "measures");
  if (!id.ok()) return ToGrpcStatus(id.status());
  auto measure = store_.GetMeasure(*id);
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
  if (auto s = server::AdmitCall(*context); !s.ok()) return ToGrpcStatus(s);
  if (auto s = CheckKind(request->kind()); !s.ok()) return ToGrpcStatus(s);
  MeasureFilter filter;
  filter.kind = request->kind();
  if (!request->period().empty()) {
    auto period = ParsePeriodField("period", request->period());
    if (!period.ok()) return ToGrpcStatus(period.status());
    filter.decided_from = period->FirstDay();
    filter.decided_to = period->LastDay();
  }
  return List(filter, request->page_size(), request->page_token(), response);
}

grpc::Status VeiligeWijkenServiceImpl::UpdateMeasure(grpc::ServerContext* context,
                                                     const v1::UpdateMeasureRequest* request,
                                                     v1::Measure* response) {
  if (auto s = server::AdmitCall(*context); !s.ok()) return ToGrpcStatus(s);
  auto id = ParseResourceName("measure.name", request->measure().name(), "measures");
  if (!id.ok()) return ToGrpcStatus(id.status());
  if (auto s = ValidateMeasure(request->measure(), "measure"); !s.ok()) return ToGrpcStatus(s);
  auto updated = store_.UpdateMeasure(*id, request->measure());
  if (!updated.ok()) return ToGrpcStatus(updated.status());
  *response = std::move(*updated);
  return grpc::Status::OK;
}

grpc::Status VeiligeWijkenServiceImpl::DeleteMeasure(grpc::ServerContext* context,
                                                     const v1::DeleteMeasureRequest* request,
                                                     google::protobuf::Empty*) {
  if (auto s = server::AdmitCall(*context); !s.ok()) return ToGrpcStatus(s);
  auto id = ParseResourceName("name", request->name(), "measures");
  if (!id.ok()) return ToGrpcStatus(id.status());
  return ToGrpcStatus(store_.DeleteMeasure(*id));
}

grpc::Status VeiligeWijkenServiceImpl::ListMeasuresInForce(
    grpc::ServerContext* context, const v1::ListMeasuresInForceRequest* request,
    v1::ListMeasuresResponse* response) {
  if (auto s = server::AdmitCall(*context); !s.ok()) return ToGrpcStatus(s);
  if (auto s = CheckDateField("date", request->date(), true); !s.ok()) return ToGrpcStatus(s);
  if (auto s = CheckKind(request->kind()); !s.ok()) return ToGrpcStatus(s);
  MeasureFilter filter;
  filter.kind = request->kind();
  filter.in_force_on = request->date();
  return List(filter, server::kMaxPageSize, "", response);
}

grpc::Status VeiligeWijkenServiceImpl::ListExpiringMeasures(
    grpc::ServerContext* context, const v1::ListExpiringMeasuresRequest* request,
    v1::ListMeasuresResponse* response) {
  if (auto s = server::AdmitCall(*context); !s.ok()) return ToGrpcStatus(s);
  if (auto s = CheckDateField("date", request->date(), true); !s.ok()) return ToGrpcStatus(s);
  if (request->within_days() < 1 || request->within_days() > kMaxWithinDays) {
    return ToGrpcStatus(
        FieldError("within_days", StrCat("must be between 1 and ", kMaxWithinDays)));
  }
  MeasureFilter filter;
  filter.expiring_from = request->date();
  filter.expiring_to = AddDays(request->date(), request->within_days());
  return List(filter, server::kMaxPageSize, "", response);
}

grpc::Status VeiligeWijkenServiceImpl::ImportMeasures(grpc::ServerContext* context,
                                                      const v1::ImportMeasuresRequest* request,
                                                      v1::ImportMeasuresResponse* response) {
  if (auto s = server::AdmitCall(*context); !s.ok()) return ToGrpcStatus(s);
  if (auto s = ValidateEach(request->measures(), "measures", ValidateMeasure); !s.ok()) {
    return ToGrpcStatus(s);
  }
  if (!request->validate_only()) {
    const std::vector<v1::Measure> measures(request->measures().begin(), request->measures().end());
    if (auto s = store_.ImportMeasures(measures); !s.ok()) return ToGrpcStatus(s);
  }
  response->set_measures(request->measures_size());
  return grpc::Status::OK;
}

grpc::Status VeiligeWijkenServiceImpl::UpsertWatchTeams(grpc::ServerContext* context,
                                                        const v1::UpsertWatchTeamsRequest* request,
                                                        v1::UpsertWatchTeamsResponse* response) {
  if (auto s = server::AdmitCall(*context); !s.ok()) return ToGrpcStatus(s);
  if (auto s = ValidateEach(request->watch_teams(), "watch_teams", ValidateWatchTeam); !s.ok()) {
    return ToGrpcStatus(s);
  }
  if (!request->validate_only()) {
    const std::vector<v1::WatchTeam> teams(request->watch_teams().begin(),
                                           request->watch_teams().end());
    if (auto s = store_.UpsertWatchTeams(teams); !s.ok()) return ToGrpcStatus(s);
  }
  response->set_watch_teams(request->watch_teams_size());
  return grpc::Status::OK;
}

grpc::Status VeiligeWijkenServiceImpl::ListWatchTeams(grpc::ServerContext* context,
                                                      const v1::ListWatchTeamsRequest*,
                                                      v1::ListWatchTeamsResponse* response) {
  if (auto s = server::AdmitCall(*context); !s.ok()) return ToGrpcStatus(s);
  auto teams = store_.ListWatchTeams();
  if (!teams.ok()) return ToGrpcStatus(teams.status());
  for (auto& t : *teams) *response->add_watch_teams() = std::move(t);
  return grpc::Status::OK;
}

grpc::Status VeiligeWijkenServiceImpl::UpsertKvoCertificates(
    grpc::ServerContext* context, const v1::UpsertKvoCertificatesRequest* request,
    v1::UpsertKvoCertificatesResponse* response) {
  if (auto s = server::AdmitCall(*context); !s.ok()) return ToGrpcStatus(s);
  if (auto s = ValidateEach(request->certificates(), "certificates", ValidateCertificate);
      !s.ok()) {
    return ToGrpcStatus(s);
  }
  if (!request->validate_only()) {
    const std::vector<v1::KvoCertificate> certificates(request->certificates().begin(),
                                                       request->certificates().end());
    if (auto s = store_.UpsertCertificates(certificates); !s.ok()) return ToGrpcStatus(s);
  }
  response->set_certificates(request->certificates_size());
  return grpc::Status::OK;
}

grpc::Status VeiligeWijkenServiceImpl::ListKvoCertificates(
    grpc::ServerContext* context, const v1::ListKvoCertificatesRequest*,
    v1::ListKvoCertificatesResponse* response) {
  if (auto s = server::AdmitCall(*context); !s.ok()) return ToGrpcStatus(s);
  auto certificates = store_.ListCertificates();
  if (!certificates.ok()) return ToGrpcStatus(certificates.status());
  for (auto& c : *certificates) *response->add_certificates() = std::move(c);
  return grpc::Status::OK;
}

}  // namespace veilig::veiligewijken
