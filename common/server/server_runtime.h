// What every Veilig gRPC server shares: options, logging, the health service
// (NOT_SERVING until ready, again as soon as shutdown starts), reflection,
// Prometheus metrics on their own port, message-size limits and a graceful
// drain on SIGTERM/SIGINT. A server's main() adds its services and calls Run().
#pragma once

#include <grpcpp/grpcpp.h>
#include <prometheus/registry.h>

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "common/auth/call_gate.h"
#include "common/metrics/grpc_server_metrics.h"
#include "common/metrics/metrics_server.h"
#include "common/server/admission.h"
#include "common/server/health_watch.h"
#include "common/server/server_options.h"

namespace veilig::server {

class ServerRuntime {
 public:
  // Blocks termination signals (call before starting threads), sets up
  // logging, the token checks and the metrics endpoint. Exits with status 1
  // when the metrics port cannot be bound or no token key is configured: bad
  // configuration fails fast.
  ServerRuntime(std::string service_name, ServerOptions options);
  ~ServerRuntime();

  prometheus::Registry& metrics_registry() { return *metrics_server_->registry(); }
  const std::string& service_name() const { return service_name_; }
  // Who may call what; the gateway's HTTP API asks it too.
  auth::CallGate& gate() { return *gate_; }

  // Services must outlive Run(). Only admitted services are served: see
  // admission.h.
  void AddService(AdmittedService& service) { services_.push_back(&service); }

  // Called once shutdown starts, after the drain delay and before gRPC stops
  // taking calls: for listeners of other protocols (the gateway's HTTP API).
  void OnShutdown(std::function<void()> hook) { shutdown_hooks_.push_back(std::move(hook)); }

  // Probes storage every --health-check-interval-ms once serving; health is
  // NOT_SERVING while the probe fails (see HealthWatch).
  void WatchStorage(HealthProbe probe) { storage_probe_ = std::move(probe); }

  // Starts serving, reports SERVING once `ready` returns OK, waits for
  // SIGTERM/SIGINT and drains in-flight calls within the grace period.
  // Returns the process exit code.
  int Run(const std::function<absl::Status()>& ready);

 private:
  std::string service_name_;
  ServerOptions options_;
  std::unique_ptr<metrics::MetricsServer> metrics_server_;
  std::unique_ptr<metrics::GrpcServerMetrics> grpc_metrics_;
  std::unique_ptr<auth::CallGate> gate_;
  std::vector<AdmittedService*> services_;
  std::vector<std::function<void()>> shutdown_hooks_;
  HealthProbe storage_probe_;
};

}  // namespace veilig::server
