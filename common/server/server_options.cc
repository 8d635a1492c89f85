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
