#include "gateway/gateway_server.h"

#include <spdlog/spdlog.h>

#include "common/client/backend_options.h"
#include "common/client/channels.h"
#include "common/config/options.h"
#include "common/server/server_runtime.h"
#include "gateway/api/report_service_impl.h"

namespace veilig::gateway {

int RunGateway(int argc, char** argv) {
  server::ServerOptions options;
  options.port = 50050;
  options.metrics_port = 9460;
  client::BackendAddresses backends;
  int report_deadline_ms = 3000;

  config::po::options_description description;
  server::AddServerOptions(description, options);
  client::AddBackendOptions(description, backends);
  description.add_options()(
      "report-deadline-ms",
      config::po::value(&report_deadline_ms)->default_value(report_deadline_ms),
      "longest a report may take when the caller sets no shorter deadline; a theme service "
      "slower than this costs only its own section");
  if (auto exit_code = config::ExitCodeIfNotRunning(
          config::ParseOptions(argc, argv, description, "veilig-gateway",
                               "Veilig gateway: the progress report over the theme services."))) {
    return *exit_code;
  }

  server::ServerRuntime runtime("veilig-gateway", options);
  std::map<std::string, std::shared_ptr<grpc::Channel>> channels;
  std::vector<std::string> names;
  for (const auto& [service, target] : backends.by_service) {
    channels[service] =
        client::CreateChannel(target, {.max_message_bytes = options.max_message_bytes});
    names.push_back(service);
  }
  GatewayMetrics metrics(runtime.metrics_registry(), names);
  SectionFanout fanout(channels, metrics);
  ReportServiceImpl report_service(fanout, metrics, std::chrono::milliseconds(report_deadline_ms));
  runtime.AddService(&report_service);
  // The gateway owns no data: it is ready as soon as it serves. A theme
  // service being down costs a section, not the gateway's readiness.
  return runtime.Run([] { return absl::OkStatus(); });
}

}  // namespace veilig::gateway
