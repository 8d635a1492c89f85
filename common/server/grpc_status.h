// The one place where domain errors (absl::Status) become gRPC statuses, and
// where the request-level checks every handler shares live.
#pragma once

#include <grpcpp/grpcpp.h>

#include "absl/status/status.h"

namespace veilig::server {

grpc::Status ToGrpcStatus(const absl::Status& status);

// The first line of every handler: refuses a call the authorisation gate
// turned away (UNAUTHENTICATED / PERMISSION_DENIED, see common/auth), one
// beyond the server's limit of calls in flight (RESOURCE_EXHAUSTED) or one
// whose deadline passed before any work started.
absl::Status AdmitCall(const grpc::ServerContextBase& context);

}  // namespace veilig::server
