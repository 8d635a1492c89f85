#include "gateway/api/report_service_impl.h"

#include "common/auth/call_gate.h"
#include "common/domain/resource_name.h"
#include "common/server/grpc_status.h"
#include "common/server/paging.h"
#include "gateway/report/report_names.h"

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
  auto name = ParseReportName("name", request->name(), /*versions=*/true);
  if (!name.ok()) return ToGrpcStatus(name.status());
  auto report = reports_.Get(name->municipality, name->period, name->version, CallerOf(*context));
  if (!report.ok()) return ToGrpcStatus(report.status());
  *response = std::move(*report);
  return grpc::Status::OK;
}

grpc::Status ReportServiceImpl::PublishReport(grpc::ServerContext* context,
                                              const report::v1::PublishReportRequest* request,
                                              report::v1::ProgressReport* response) {
  auto name = ParseReportName("name", request->name(), /*versions=*/false);
  if (!name.ok()) return ToGrpcStatus(name.status());
  auto report =
      reports_.Publish(name->municipality, name->period, CallerOf(*context), request->request_id());
  if (!report.ok()) return ToGrpcStatus(report.status());
  *response = std::move(*report);
  return grpc::Status::OK;
}

grpc::Status ReportServiceImpl::ListReportVersions(
    grpc::ServerContext* context, const report::v1::ListReportVersionsRequest* request,
    report::v1::ListReportVersionsResponse* response) {
  auto name = ParseReportName("parent", request->parent(), /*versions=*/false);
  if (!name.ok()) return ToGrpcStatus(name.status());
  auto page = server::ParsePage(*request);
  if (!page.ok()) return ToGrpcStatus(page.status());
  auto versions = reports_.Versions(name->municipality, name->period);
  if (!versions.ok()) return ToGrpcStatus(versions.status());
  response->set_next_page_token(page->TakeFrom(std::move(*versions), [response](auto&& v) {
    *response->add_versions() = std::forward<decltype(v)>(v);
  }));
  return grpc::Status::OK;
}

grpc::Status ReportServiceImpl::ListPublishedReports(
    grpc::ServerContext* context, const report::v1::ListPublishedReportsRequest* request,
    report::v1::ListPublishedReportsResponse* response) {
  // Empty or "municipalities/-": every municipality's published reports.
  std::string municipality;
  if (!request->parent().empty() && request->parent() != "municipalities/-") {
    auto parsed = ParseParent("parent", request->parent());
    if (!parsed.ok()) return ToGrpcStatus(parsed.status());
    municipality = *parsed;
  }
  auto page = server::ParsePage(*request);
  if (!page.ok()) return ToGrpcStatus(page.status());
  auto published = reports_.Published();
  if (!published.ok()) return ToGrpcStatus(published.status());
  std::vector<report::v1::PublishedReport> wanted;
  for (auto& r : *published) {
    if (municipality.empty() || r.municipality() == municipality) wanted.push_back(std::move(r));
  }
  response->set_next_page_token(page->TakeFrom(std::move(wanted), [response](auto&& r) {
    *response->add_reports() = std::forward<decltype(r)>(r);
  }));
  return grpc::Status::OK;
}

grpc::Status ReportServiceImpl::DiffReports(grpc::ServerContext* context,
                                            const report::v1::DiffReportsRequest* request,
                                            report::v1::DiffReportsResponse* response) {
  auto name = ParseReportName("name", request->name(), /*versions=*/false);
  if (!name.ok()) return ToGrpcStatus(name.status());
  auto differences = reports_.Diff(name->municipality, name->period, request->from_version(),
                                   request->to_version(), CallerOf(*context));
  if (!differences.ok()) return ToGrpcStatus(differences.status());
  for (auto& d : *differences) *response->add_differences() = std::move(d);
  return grpc::Status::OK;
}

}  // namespace veilig::gateway
