// veiligctl health: the gateway and the four theme services, one line each.
#include <iostream>

#include "common/client/channels.h"
#include "common/theme/themes.h"
#include "grpc/health/v1/health.grpc.pb.h"
#include "tools/veiligctl/call_options.h"
#include "tools/veiligctl/commands.h"

namespace veilig::ctl {

int RunHealth(int argc, char** argv) {
  CallOptions call;
  call.timeout_ms = 2000;
  config::po::options_description description;
  call.AddTo(description);
  if (auto exit_code = config::ExitCodeIfNotRunning(
          config::ParseOptions(argc, argv, description, "veiligctl health",
                               "Checks grpc.health.v1 on the gateway and the theme services."))) {
    return *exit_code;
  }
  std::vector<std::pair<std::string, std::string>> targets = {{"gateway", call.gateway_address}};
  for (auto service : theme::ThemeServiceNames()) {
    targets.emplace_back(std::string(service), call.backends.by_service.at(std::string(service)));
  }
  int failures = 0;
  for (const auto& [name, target] : targets) {
    auto stub = grpc::health::v1::Health::NewStub(call.Channel(target));
    grpc::health::v1::HealthCheckRequest request;
    grpc::health::v1::HealthCheckResponse response;
    auto context = call.NewContext();
    const grpc::Status status = stub->Check(context.get(), request, &response);
    std::string state;
    if (!status.ok()) {
      state = "unreachable (" + ErrorText(status) + ")";
    } else {
      state = grpc::health::v1::HealthCheckResponse::ServingStatus_Name(response.status());
    }
    if (!status.ok() || response.status() != grpc::health::v1::HealthCheckResponse::SERVING) {
      ++failures;
    }
    std::cout << name << std::string(18 - std::min<size_t>(name.size(), 17), ' ') << target
              << std::string(24 - std::min<size_t>(target.size(), 23), ' ') << state << "\n";
  }
  return failures == 0 ? 0 : 1;
}

}  // namespace veilig::ctl
