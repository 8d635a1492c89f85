#include "tests/support/report_call.h"

#include "common/domain/resource_name.h"

namespace veilig::testing {

grpc::Status GetReport(Suite& suite, const std::string& municipality, const std::string& period,
                       report::v1::ProgressReport* report, std::chrono::milliseconds deadline) {
  auto stub = report::v1::ReportService::NewStub(suite.Channel("gateway"));
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() + deadline);
  report::v1::GetProgressReportRequest request;
  request.set_name(ReportResourceName(municipality, period));
  return stub->GetProgressReport(&context, request, report);
}

}  // namespace veilig::testing
