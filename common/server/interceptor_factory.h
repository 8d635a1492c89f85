// A server interceptor factory from a function, so that each interceptor
// says only what it does with a call and not how gRPC asks for it.
#pragma once

#include <grpcpp/support/server_interceptor.h>

#include <functional>
#include <memory>

namespace veilig::server {

// Makes the interceptor for one call, or returns null to leave it alone.
using MakeInterceptor =
    std::function<grpc::experimental::Interceptor*(grpc::experimental::ServerRpcInfo* info)>;

std::unique_ptr<grpc::experimental::ServerInterceptorFactoryInterface> InterceptorFactory(
    MakeInterceptor make);

}  // namespace veilig::server
