#include "gateway/api/report_service_impl.h"

#include "common/auth/call_gate.h"
#include "common/server/grpc_status.h"

namespace veilig::gateway {

using server::ToGrpcStatus;

namespace {

ReportCaller CallerOf(const grpc::ServerContext& context) {
  auto identity = auth::Admit(context);
  return {identity.ok() ? *identity : auth::Identity{}, auth::AuthorizationOf(context), &context};
}

}  // namespace

grpc::Status ReportServiceImpl::GetProgressReport(
    grpc::ServerContext* context, const report::v1::GetProgressReportRequest* request,
    report::v1::ProgressReport* response) {
  if (auto s = server::AdmitCall(*context); !s.ok()) return ToGrpcStatus(s);
  auto report = reports_.Get(request->municipality(), request->period(), request->version(),
                             CallerOf(*context));
  if (!report.ok()) return ToGrpcStatus(report.status());
  *response = std::move(*report);
  return grpc::Status::OK;
}

grpc::Status ReportServiceImpl::PublishReport(grpc::ServerContext* context,
                                              const report::v1::PublishReportRequest* request,
                                              report::v1::ProgressReport* response) {
  if (auto s = server::AdmitCall(*context); !s.ok()) return ToGrpcStatus(s);
  auto report = reports_.Publish(request->municipality(), request->period(), CallerOf(*context),
                                 request->request_id());
  if (!report.ok()) return ToGrpcStatus(report.status());
  *response = std::move(*report);
  return grpc::Status::OK;
}

grpc::Status ReportServiceImpl::ListReportVersions(
    grpc::ServerContext* context, const report::v1::ListReportVersionsRequest* request,
    report::v1::ListReportVersionsResponse* response) {
  if (auto s = server::AdmitCall(*context); !s.ok()) return ToGrpcStatus(s);
  auto versions = reports_.Versions(request->municipality(), request->period());
  if (!versions.ok()) return ToGrpcStatus(versions.status());
  for (auto& v : *versions) *response->add_versions() = std::move(v);
  return grpc::Status::OK;
}

grpc::Status ReportServiceImpl::ListPublishedReports(
    grpc::ServerContext* context, const report::v1::ListPublishedReportsRequest*,
    report::v1::ListPublishedReportsResponse* response) {
  if (auto s = server::AdmitCall(*context); !s.ok()) return ToGrpcStatus(s);
  auto published = reports_.Published();
  if (!published.ok()) return ToGrpcStatus(published.status());
  for (auto& r : *published) *response->add_reports() = std::move(r);
  return grpc::Status::OK;
}

grpc::Status ReportServiceImpl::DiffReports(grpc::ServerContext* context,
                                            const report::v1::DiffReportsRequest* request,
                                            report::v1::DiffReportsResponse* response) {
  if (auto s = server::AdmitCall(*context); !s.ok()) return ToGrpcStatus(s);
  auto differences =
      reports_.Diff(request->municipality(), request->period(), request->from_version(),
                    request->to_version(), CallerOf(*context));
  if (!differences.ok()) return ToGrpcStatus(differences.status());
  for (auto& d : *differences) *response->add_differences() = std::move(d);
  return grpc::Status::OK;
}

}  // namespace veilig::gateway
