// Usage: report_client GATEWAY_TARGET MUNICIPALITY PERIOD
// Prints "sections: N, unreachable: M" for the draft report.
#include <grpcpp/grpcpp.h>

#include <iostream>
#include <string>

#include "veilig/report/v1/report_service.grpc.pb.h"

int main(int argc, char** argv) {
  if (argc != 4) {
    std::cerr << "usage: report_client GATEWAY_TARGET MUNICIPALITY PERIOD\n";
    return 2;
  }
  auto stub = veilig::report::v1::ReportService::NewStub(
      grpc::CreateChannel(argv[1], grpc::InsecureChannelCredentials()));
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(5));
  veilig::report::v1::GetProgressReportRequest request;
  // AIP-122: "municipalities/{code}/reports/{half year}".
  request.set_name(std::string("municipalities/") + argv[2] + "/reports/" + argv[3]);
  veilig::report::v1::ProgressReport report;
  const grpc::Status status = stub->GetProgressReport(&context, request, &report);
  if (!status.ok()) {
    std::cerr << "error: " << status.error_message() << "\n";
    return 1;
  }
  std::cout << "sections: " << report.sections_size()
            << ", unreachable: " << report.unreachable_size() << "\n";
  return 0;
}
