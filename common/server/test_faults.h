// Faults a test can switch on from a server's command line, so that the
// suite's reaction to a slow server is tested on real processes rather than
// on mocks. Off unless --test-delay-ms is given.
#pragma once

#include <grpcpp/grpcpp.h>

#include <chrono>

namespace veilig::server {

void SetTestCallDelay(std::chrono::milliseconds delay);

// Waits out the configured delay, but never past the call's deadline: a slow
// server, not a hung one (SIGSTOP tests the latter).
void ApplyTestCallDelay(const grpc::ServerContextBase& context);

}  // namespace veilig::server
