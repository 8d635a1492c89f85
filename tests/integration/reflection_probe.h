// Asks a server over gRPC server reflection which services it exposes.
#pragma once

#include <grpcpp/grpcpp.h>

#include <memory>
#include <string>
#include <vector>

namespace veilig::testing {

// Fully qualified service names, or an empty list if reflection failed.
std::vector<std::string> ListServicesByReflection(const std::shared_ptr<grpc::Channel>& channel);

}  // namespace veilig::testing
