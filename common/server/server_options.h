// The options every Veilig gRPC server takes, with their command-line names.
#pragma once

#include <string>

#include "common/auth/tokens.h"
#include "common/config/options.h"

namespace veilig::server {

struct ServerOptions {
  std::string host = "127.0.0.1";
  int port = 0;
  std::string metrics_host = "127.0.0.1";
  int metrics_port = 0;
  int grace_period_seconds = 10;
  // Time between turning NOT_SERVING and refusing new calls, so that load
  // balancers and Kubernetes endpoints stop routing here first.
  int drain_delay_ms = 500;
  int max_message_bytes = 16 * 1024 * 1024;
  // Overload protection: beyond these, calls are refused with
  // RESOURCE_EXHAUSTED (calls in flight; threads as the backstop) or wait in
  // the client (streams) instead of growing queues and memory without bound.
  int max_concurrent_calls = 32;
  int max_threads = 128;
  int max_concurrent_streams = 100;
  int memory_quota_mb = 512;
  // How often the storage (or whatever the server depends on) is probed;
  // health is NOT_SERVING while the probe fails.
  int health_check_interval_ms = 2000;
  // Fault injection for tests: every call but health checks waits this long.
  int test_delay_ms = 0;
  std::string log_level = "info";
  bool reflection = true;
  // Bearer-token checks: a key is required unless insecure_no_auth is set,
  // which only tests should do.
  auth::TokenSettings tokens;
  bool insecure_no_auth = false;
  // TLS on the gRPC port when both are set; with a client CA, mutual TLS:
  // only clients with a certificate that CA signed get in.
  std::string tls_cert_file;
  std::string tls_key_file;
  std::string tls_client_ca_file;
};

// Adds --host, --port, --metrics-host, --metrics-port, --grace-period, --drain-delay-ms,
// --max-message-bytes, the overload limits, --health-check-interval-ms, --test-delay-ms,
// --log-level, --reflection, the --auth-* and --tls-* options, bound to `options`
// whose current values are the defaults.
void AddServerOptions(config::po::options_description& description, ServerOptions& options);

}  // namespace veilig::server
