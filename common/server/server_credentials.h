// The credentials of a server's gRPC port: plaintext, TLS, or mutual TLS.
#pragma once

#include <grpcpp/grpcpp.h>

#include <memory>

#include "absl/status/statusor.h"
#include "common/server/server_options.h"

namespace veilig::server {

absl::StatusOr<std::shared_ptr<grpc::ServerCredentials>> ServerCredentials(
    const ServerOptions& options);

}  // namespace veilig::server
