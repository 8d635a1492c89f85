// The gRPC adapter of ReportService: checks the request, fans out to the theme
// services and assembles the report.
#pragma once

#include <chrono>

#include "gateway/fanout/section_fanout.h"
#include "veilig/report/v1/report_service.grpc.pb.h"

namespace veilig::gateway {

class ReportServiceImpl final : public report::v1::ReportService::Service {
 public:
  ReportServiceImpl(SectionFanout& fanout, GatewayMetrics& metrics,
                    std::chrono::milliseconds report_deadline)
      : fanout_(fanout), metrics_(metrics), report_deadline_(report_deadline) {}

  grpc::Status GetProgressReport(grpc::ServerContext* context,
                                 const report::v1::GetProgressReportRequest* request,
                                 report::v1::ProgressReport* response) override;

 private:
  SectionFanout& fanout_;
  GatewayMetrics& metrics_;
  // The longest a report may take when the caller sets no shorter deadline.
  std::chrono::milliseconds report_deadline_;
};

}  // namespace veilig::gateway
