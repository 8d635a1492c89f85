// Gives a request that cannot be decoded (truncated, wrong wire types,
// invalid UTF-8 in a string, nesting beyond protobuf's limit) a clear
// INVALID_ARGUMENT. gRPC itself answers such a call with a bare INTERNAL
// before any handler runs, which reads as a server fault to the caller, the
// metrics and the alert rules.
#pragma once

#include <grpcpp/support/server_interceptor.h>

#include <memory>

namespace veilig::server {

std::unique_ptr<grpc::experimental::ServerInterceptorFactoryInterface>
RequestDecodingInterceptorFactory();

}  // namespace veilig::server
