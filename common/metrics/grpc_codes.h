// The canonical names of gRPC status codes, as used in the grpc_code label.
#pragma once

#include <grpcpp/support/status.h>

#include <string_view>

namespace veilig::metrics {

std::string_view GrpcCodeName(grpc::StatusCode code);

}  // namespace veilig::metrics
