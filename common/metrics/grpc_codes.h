// The canonical names of gRPC status codes, as used in the grpc_code label.
#pragma once

#include <string_view>

#include <grpcpp/support/status.h>

namespace veilig::metrics {

std::string_view GrpcCodeName(grpc::StatusCode code);

}  // namespace veilig::metrics
