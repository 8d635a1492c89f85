// TLS for outgoing channels: the CA that signed the servers' certificates
// and, for mutual TLS, this client's own certificate and key.
#pragma once

#include <grpcpp/grpcpp.h>

#include <memory>
#include <string>

#include "absl/status/statusor.h"
#include "common/config/options.h"

namespace veilig::client {

struct TlsFiles {
  std::string ca_file;
  std::string cert_file;
  std::string key_file;
};

// --backend-tls-ca-file, --backend-tls-cert-file, --backend-tls-key-file.
void AddClientTlsOptions(config::po::options_description& description, TlsFiles& files);

// Plaintext without a CA file; else TLS, with the client certificate when
// given (both or neither of cert and key).
absl::StatusOr<std::shared_ptr<grpc::ChannelCredentials>> ChannelCredentials(const TlsFiles& files);

}  // namespace veilig::client
