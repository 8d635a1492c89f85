// Logs every call that ends in a server-side failure (UNAVAILABLE, INTERNAL,
// DATA_LOSS, UNKNOWN, RESOURCE_EXHAUSTED, DEADLINE_EXCEEDED) with its method
// and message, so that a failing store shows in the log as well as to the
// caller. Refusals of bad requests are the caller's business and stay out.
#pragma once

#include <grpcpp/support/server_interceptor.h>

#include <memory>

namespace veilig::server {

std::unique_ptr<grpc::experimental::ServerInterceptorFactoryInterface>
FailureLogInterceptorFactory();

}  // namespace veilig::server
