// Logs every call that ends in a server-side failure (UNAVAILABLE, INTERNAL,
// DATA_LOSS, UNKNOWN, DEADLINE_EXCEEDED) with its method and message, so
// that a failing store shows in the log as well as to the caller. Refusals
// of bad requests are the caller's business, and calls shed under overload
// (RESOURCE_EXHAUSTED) would flood the log exactly when it matters most;
// both are counted in grpc_server_handled_total instead.
#pragma once

#include <grpcpp/support/server_interceptor.h>

#include <memory>

namespace veilig::server {

std::unique_ptr<grpc::experimental::ServerInterceptorFactoryInterface>
FailureLogInterceptorFactory();

}  // namespace veilig::server
