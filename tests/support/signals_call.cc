#include "tests/support/signals_call.h"

#include "veilig/theme/v1/theme_service.grpc.pb.h"

namespace veilig::testing {

grpc::Status WaitForAreaSignals(Suite& suite, const std::string& municipality,
                                const std::string& period, std::chrono::milliseconds deadline) {
  for (const std::string& service : Suite::ThemeServices()) {
    auto stub = theme::v1::ThemeService::NewStub(suite.Channel(service));
    grpc::ClientContext context;
    context.set_deadline(std::chrono::system_clock::now() + deadline);
    theme::v1::ListAreaSignalsRequest request;
    request.set_area(municipality);
    request.set_period(period);
    theme::v1::ListAreaSignalsResponse answer;
    grpc::Status status = stub->ListAreaSignals(&context, request, &answer);
    if (!status.ok())
      return grpc::Status(status.error_code(), service + ": " + status.error_message());
  }
  return grpc::Status::OK;
}

}  // namespace veilig::testing
