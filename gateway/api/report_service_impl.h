// The gRPC adapter of ReportService: maps requests to Reports and errors to
// status codes.
#pragma once

#include "gateway/report/reports.h"
#include "veilig/report/v1/report_service.grpc.pb.h"

namespace veilig::gateway {

class ReportServiceImpl : public report::v1::ReportService::Service {
 public:
  explicit ReportServiceImpl(Reports& reports) : reports_(reports) {}

  grpc::Status GetProgressReport(grpc::ServerContext* context,
                                 const report::v1::GetProgressReportRequest* request,
                                 report::v1::ProgressReport* response) override;
  grpc::Status PublishReport(grpc::ServerContext* context,
                             const report::v1::PublishReportRequest* request,
                             report::v1::ProgressReport* response) override;
  grpc::Status ListReportVersions(grpc::ServerContext* context,
                                  const report::v1::ListReportVersionsRequest* request,
                                  report::v1::ListReportVersionsResponse* response) override;
  grpc::Status ListPublishedReports(grpc::ServerContext* context,
                                    const report::v1::ListPublishedReportsRequest* request,
                                    report::v1::ListPublishedReportsResponse* response) override;
  grpc::Status DiffReports(grpc::ServerContext* context,
                           const report::v1::DiffReportsRequest* request,
                           report::v1::DiffReportsResponse* response) override;

 private:
  Reports& reports_;
};

}  // namespace veilig::gateway
