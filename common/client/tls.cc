#include "common/client/tls.h"

#include "common/config/files.h"

namespace veilig::client {

void AddClientTlsOptions(config::po::options_description& description, TlsFiles& files) {
  description.add_options()("backend-tls-ca-file", config::po::value(&files.ca_file),
                            "CA certificate (PEM) the servers' certificates are checked "
                            "against; without it, calls are plaintext")(
      "backend-tls-cert-file", config::po::value(&files.cert_file),
      "this client's certificate (PEM), for servers that require mutual TLS")(
      "backend-tls-key-file", config::po::value(&files.key_file),
      "the private key (PEM) of --backend-tls-cert-file");
}

absl::StatusOr<std::shared_ptr<grpc::ChannelCredentials>> ChannelCredentials(
    const TlsFiles& files) {
  if (files.ca_file.empty()) {
    if (!files.cert_file.empty() || !files.key_file.empty()) {
      return absl::InvalidArgumentError("a client certificate needs --backend-tls-ca-file too");
    }
    return grpc::InsecureChannelCredentials();
  }
  if (files.cert_file.empty() != files.key_file.empty()) {
    return absl::InvalidArgumentError(
        "--backend-tls-cert-file and --backend-tls-key-file go together");
  }
  grpc::SslCredentialsOptions options;
  auto ca = config::ReadWholeFile(files.ca_file);
  if (!ca.ok()) return ca.status();
  options.pem_root_certs = *ca;
  if (!files.cert_file.empty()) {
    auto cert = config::ReadWholeFile(files.cert_file);
    if (!cert.ok()) return cert.status();
    auto key = config::ReadWholeFile(files.key_file);
    if (!key.ok()) return key.status();
    options.pem_cert_chain = *cert;
    options.pem_private_key = *key;
  }
  return grpc::SslCredentials(options);
}

}  // namespace veilig::client
