#include "gateway/gateway_server.h"

#include <spdlog/spdlog.h>
#include <unistd.h>

#include "common/audit/audit_trail.h"
#include "common/client/backend_options.h"
#include "common/client/channels.h"
#include "common/config/options.h"
#include "common/domain/strings.h"
#include "common/server/server_runtime.h"
#include "common/storage/database.h"
#include "gateway/api/report_service_impl.h"
#include "gateway/dashboard/dashboard_routes.h"
#include "gateway/http/http_api.h"
#include "gateway/publication/publication_store.h"
#include "gateway/report/reports.h"
#include "veilig/audit/v1/audit_service.admission.h"
#include "veilig/report/v1/report_service.admission.h"

namespace veilig::gateway {

int RunGateway(int argc, char** argv) {
  server::ServerOptions options;
  options.port = 50050;
  options.metrics_port = 9460;
  client::BackendAddresses backends;
  int report_deadline_ms = 3000;
  std::string database_url = "sqlite:veilig-gateway.db";
  std::string schema = "veilig_gateway";
  HttpOptions http;
  std::vector<std::string> cors_origins;

  config::po::options_description description;
  server::AddServerOptions(description, options);
  client::AddBackendOptions(description, backends);
  description.add_options()(
      "report-deadline-ms",
      config::po::value(&report_deadline_ms)->default_value(report_deadline_ms),
      "longest a report may take when the caller sets no shorter deadline; a theme service "
      "slower than this costs only its own section")(
      "database", config::po::value(&database_url)->default_value(database_url),
      "where published reports are kept: SQLite file (sqlite:PATH) or postgresql:// URL")(
      "database-schema", config::po::value(&schema)->default_value(schema),
      "PostgreSQL schema for the gateway's tables")(
      "http-host", config::po::value(&http.host)->default_value(http.host),
      "address of the HTTP API and HTML report")(
      "http-port", config::po::value(&http.port)->default_value(http.port),
      "port of the HTTP API (/api/v1) and HTML report (/rapportages)")(
      "http-rate-limit", config::po::value(&http.rate_limit)->default_value(http.rate_limit),
      "HTTP requests per second per client address, on average (0: no limit)")(
      "http-rate-burst", config::po::value(&http.rate_burst)->default_value(http.rate_burst),
      "HTTP requests a client address may make at once")(
      "http-threads", config::po::value(&http.threads)->default_value(http.threads),
      "threads serving HTTP requests (each holds one keep-alive connection at a time)")(
      "public-reports", config::po::bool_switch(&http.public_reports),
      "serve published reports over HTTP without a token (they are public documents)")(
      "cors-origins", config::po::value(&cors_origins)->multitoken(),
      "browser origins allowed to call the HTTP API (CORS)")(
      "chromium", config::po::value(&http.chromium)->default_value(http.chromium),
      "Chromium executable that prints a report as PDF for 'Accept: application/pdf' (e.g. "
      "/usr/bin/chromium); empty: PDF printing is off and such requests get 406")(
      "pdf-concurrency",
      config::po::value(&http.pdf_concurrency)->default_value(http.pdf_concurrency),
      "reports printed as PDF at once (a browser each); more requests get 503 with Retry-After")(
      "pdf-timeout-ms", config::po::value(&http.pdf_timeout_ms)->default_value(http.pdf_timeout_ms),
      "longest one PDF print may take before the browser is stopped (504)");
  if (auto exit_code = config::ExitCodeIfNotRunning(
          config::ParseOptions(argc, argv, description, "veilig-gateway",
                               "Veilig gateway: the progress report over the theme services."))) {
    return *exit_code;
  }

  server::ServerRuntime runtime("veilig-gateway", options);
  // A print that could never work is a configuration error, found at start
  // rather than by the first reader who asks for a PDF.
  if (!http.chromium.empty() && access(http.chromium.c_str(), X_OK) != 0) {
    spdlog::critical("--chromium: {} is not an executable file", http.chromium);
    return 1;
  }
  if (http.pdf_concurrency < 1 || http.pdf_timeout_ms < 1) {
    spdlog::critical("--pdf-concurrency and --pdf-timeout-ms must be at least 1");
    return 1;
  }
  auto credentials = client::ChannelCredentials(backends.tls);
  if (!credentials.ok()) {
    spdlog::critical("backend TLS: {}", View(credentials.status().message()));
    return 1;
  }
  std::map<std::string, std::shared_ptr<grpc::Channel>> channels;
  std::vector<std::string> names;
  for (const auto& [service, target] : backends.by_service) {
    channels[service] = client::CreateChannel(
        target, {.max_message_bytes = options.max_message_bytes, .credentials = *credentials});
    names.push_back(service);
  }
  auto database = storage::OpenDatabase(database_url, schema);
  if (!database.ok()) {
    spdlog::critical("{}", View(database.status().message()));
    return 1;
  }
  GatewayMetrics metrics(runtime.metrics_registry(), names);
  SectionFanout fanout(channels, metrics);
  PublicationStore publications(**database);
  AreaClient area_client(channels, std::chrono::milliseconds(report_deadline_ms));
  Reports reports(fanout, metrics, publications, std::chrono::milliseconds(report_deadline_ms),
                  &area_client);
  report::v1::ReportServiceAdmitted<ReportServiceImpl> report_service(reports);
  runtime.AddService(report_service);
  audit::v1::AuditServiceAdmitted<audit::AuditTrail> audit_trail(**database, runtime.gate());
  runtime.AddService(audit_trail);
  http.cors_origins.insert(cors_origins.begin(), cors_origins.end());
  http.tls_cert_file = options.tls_cert_file;
  http.tls_key_file = options.tls_key_file;
  HttpApi http_api(reports, runtime.gate(), http);
  Dashboard dashboard(reports, area_client);
  AddDashboardRoutes(http_api, dashboard);
  if (auto s = http_api.Start(); !s.ok()) {
    spdlog::critical("{}", View(s.message()));
    return 1;
  }
  runtime.OnShutdown([&http_api] { http_api.Stop(); });
  runtime.WatchStorage([&database] { return (*database)->Probe(); });
  // Ready once the publication store is usable. A theme service being down
  // costs a section, not the gateway's readiness.
  return runtime.Run([&database]() -> absl::Status {
    if (auto s = (*database)->Migrate(PublicationStore::Migrations()); !s.ok()) return s;
    if (auto s = (*database)->Migrate(audit::AuditTrail::Migrations()); !s.ok()) return s;
    return (*database)->Ping();
  });
}

}  // namespace veilig::gateway
