// The one place where domain errors (absl::Status) become gRPC statuses.
#pragma once

#include <grpcpp/grpcpp.h>

#include "absl/status/status.h"

namespace veilig::server {

grpc::Status ToGrpcStatus(const absl::Status& status);

}  // namespace veilig::server
