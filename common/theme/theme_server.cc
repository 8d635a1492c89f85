#include "common/theme/theme_server.h"

#include <spdlog/spdlog.h>

#include <algorithm>

#include "common/audit/audit_trail.h"
#include "common/config/options.h"
#include "common/domain/strings.h"
#include "common/domain/theme_services.h"
#include "common/server/server_runtime.h"
#include "common/storage/database.h"
#include "common/theme/versioned_database.h"
#include "veilig/audit/v1/audit_service.admission.h"
#include "veilig/theme/v1/theme_service.admission.h"

namespace veilig::theme {

int RunThemeServer(int argc, char** argv, const ThemeServerSpec& spec) {
  server::ServerOptions options;
  if (const ThemeServiceInfo* registered = FindThemeService(spec.name)) {
    options.port = registered->default_port;
    options.metrics_port = registered->default_metrics_port;
  }
  std::string database_url = "sqlite:" + spec.name + ".db";
  std::string schema = spec.name;
  std::replace(schema.begin(), schema.end(), '-', '_');
  SectionServing serving;
  int64_t version_recheck_ms = serving.version_recheck.count();

  config::po::options_description description;
  server::AddServerOptions(description, options);
  description.add_options()("database",
                            config::po::value(&database_url)->default_value(database_url),
                            "SQLite file (sqlite:PATH or a plain path) or postgresql:// URL")(
      "database-schema", config::po::value(&schema)->default_value(schema),
      "PostgreSQL schema for this service's tables")(
      "section-build-threads",
      config::po::value(&serving.build_threads)->default_value(serving.build_threads),
      "threads that load and build report sections, off gRPC's own threads")(
      "section-version-recheck-ms",
      config::po::value(&version_recheck_ms)->default_value(version_recheck_ms),
      "how long a section's data versions read from the database are trusted before they are "
      "read again (writes through this process are seen at once; 0: read for every call)");
  if (auto exit_code = config::ExitCodeIfNotRunning(
          config::ParseOptions(argc, argv, description, spec.name,
                               "Veilig theme service '" + spec.name + "' (gRPC ThemeService)."))) {
    return *exit_code;
  }

  server::ServerRuntime runtime(spec.name, options);
  auto database = storage::OpenDatabase(database_url, schema);
  if (!database.ok()) {
    spdlog::critical("{}", veilig::View(database.status().message()));
    return 1;
  }
  // The theme's data, written through one door that versions every write;
  // the audit trail and the health probe use the database as it is.
  VersionedDatabase theme_data(**database);
  ThemeStore store(theme_data);
  std::unique_ptr<ThemeExtension> extension;
  if (spec.extension != nullptr) extension = spec.extension(theme_data);
  if (serving.build_threads < 1) {
    spdlog::critical("--section-build-threads must be at least 1");
    return 1;
  }
  serving.version_recheck = std::chrono::milliseconds(std::max<int64_t>(0, version_recheck_ms));
  SignalMetrics signal_metrics(runtime.metrics_registry());
  serving.signal_metrics = &signal_metrics;
  v1::ThemeServiceAdmitted<ThemeServiceImpl> service(store, spec.ownership, extension.get(),
                                                     serving);
  theme_data.OnCommittedWrite([&service](const WriteScope& scope) { service.DataWritten(scope); });
  runtime.AddService(service);
  if (extension) {
    if (auto s = auth::RegisterAccess(extension->AccessEntries()); !s.ok()) {
      spdlog::critical("{}", View(s.message()));
      return 1;
    }
    runtime.AddService(extension->Service());
  }
  audit::v1::AuditServiceAdmitted<audit::AuditTrail> audit_trail(**database, runtime.gate());
  runtime.AddService(audit_trail);
  runtime.WatchStorage([&database] { return (*database)->Probe(); });
  return runtime.Run([&database, &theme_data, &extension]() -> absl::Status {
    if (auto status = theme_data.Migrate(ThemeStore::Migrations()); !status.ok()) return status;
    if (auto status = (*database)->Migrate(audit::AuditTrail::Migrations()); !status.ok()) {
      return status;
    }
    if (extension) {
      if (auto status = theme_data.Migrate(extension->Migrations()); !status.ok()) return status;
    }
    return (*database)->Ping();
  });
}

}  // namespace veilig::theme
