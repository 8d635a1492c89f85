// The one place where domain errors (absl::Status) become gRPC statuses, and
// where the request-level checks every handler shares live.
#pragma once

#include <grpcpp/grpcpp.h>

#include "absl/status/status.h"

namespace veilig::server {

grpc::Status ToGrpcStatus(const absl::Status& status);

// Refuses a call whose deadline has already passed before any work starts.
absl::Status CheckDeadline(const grpc::ServerContext& context);

}  // namespace veilig::server
