// Faults a test can switch on from a server's command line, so that the
// suite's reaction to a slow server is tested on real processes rather than
// on mocks. Off unless --test-delay-ms is given; a server without it does not
// even install the interceptor.
#pragma once

#include <grpcpp/server_context.h>
#include <grpcpp/support/server_interceptor.h>

#include <chrono>
#include <memory>

namespace veilig::server {

// Holds the answer to every call (but health checks and reflection) for
// `delay`, never past the call's deadline: a slow server, not a hung one
// (SIGSTOP tests the latter).
std::unique_ptr<grpc::experimental::ServerInterceptorFactoryInterface>
TestCallDelayInterceptorFactory(std::chrono::milliseconds delay);

}  // namespace veilig::server
