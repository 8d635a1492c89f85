#include "common/server/server_options.h"

namespace veilig::server {

void AddServerOptions(config::po::options_description& description, ServerOptions& options) {
  namespace po = config::po;
  description.add_options()("host", po::value(&options.host)->default_value(options.host),
                            "address to serve gRPC on (0.0.0.0 in a container)")(
      "port", po::value(&options.port)->default_value(options.port), "gRPC port")(
      "metrics-host", po::value(&options.metrics_host)->default_value(options.metrics_host),
      "address to serve Prometheus metrics on")(
      "metrics-port", po::value(&options.metrics_port)->default_value(options.metrics_port),
      "Prometheus metrics port (/metrics)")(
      "grace-period",
      po::value(&options.grace_period_seconds)->default_value(options.grace_period_seconds),
      "seconds in-flight calls may take to finish after SIGTERM")(
      "drain-delay-ms", po::value(&options.drain_delay_ms)->default_value(options.drain_delay_ms),
      "milliseconds NOT_SERVING is reported before new calls are refused")(
      "max-message-bytes",
      po::value(&options.max_message_bytes)->default_value(options.max_message_bytes),
      "largest gRPC message accepted or sent")(
      "max-concurrent-calls",
      po::value(&options.max_concurrent_calls)->default_value(options.max_concurrent_calls),
      "most calls in flight (health checks aside); further calls get RESOURCE_EXHAUSTED, 0: no "
      "limit")("max-threads", po::value(&options.max_threads)->default_value(options.max_threads),
               "most threads serving calls, above --max-concurrent-calls (backstop)")(
      "max-concurrent-streams",
      po::value(&options.max_concurrent_streams)->default_value(options.max_concurrent_streams),
      "most calls in flight on one client connection")(
      "memory-quota-mb",
      po::value(&options.memory_quota_mb)->default_value(options.memory_quota_mb),
      "memory gRPC may use for calls in flight, in MiB")(
      "health-check-interval-ms",
      po::value(&options.health_check_interval_ms)->default_value(options.health_check_interval_ms),
      "how often storage is probed; health is NOT_SERVING while it fails")(
      "test-delay-ms", po::value(&options.test_delay_ms)->default_value(options.test_delay_ms),
      "FOR TESTS ONLY: delay every call except health checks, to simulate a slow server")(
      "log-level", po::value(&options.log_level)->default_value(options.log_level),
      "trace, debug, info, warn or error")(
      "reflection", po::value(&options.reflection)->default_value(options.reflection),
      "serve gRPC server reflection (true/false)")(
      "auth-secret-file", po::value(&options.tokens.secret_file),
      "file with the HS256 secret that signs bearer tokens (local use)")(
      "auth-public-key-file", po::value(&options.tokens.public_key_file),
      "PEM public key (RSA or EC P-256) of the identity provider signing bearer tokens")(
      "auth-issuer", po::value(&options.tokens.issuer)->default_value(options.tokens.issuer),
      "required 'iss' of bearer tokens")(
      "auth-audience", po::value(&options.tokens.audience)->default_value(options.tokens.audience),
      "required 'aud' of bearer tokens")(
      "tls-cert-file", po::value(&options.tls_cert_file),
      "server certificate (PEM): serve gRPC (and the gateway's HTTP) over TLS")(
      "tls-key-file", po::value(&options.tls_key_file), "private key (PEM) of --tls-cert-file")(
      "tls-client-ca-file", po::value(&options.tls_client_ca_file),
      "require client certificates signed by this CA (mutual TLS)")(
      "insecure-no-auth", po::bool_switch(&options.insecure_no_auth),
      "FOR TESTS ONLY: accept every call without a token, as an admin");
}

}  // namespace veilig::server
