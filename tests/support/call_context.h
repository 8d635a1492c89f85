// Test support: a client context with the deadline every test call gets, so
// that a hung server fails a test instead of stalling it.
#pragma once

#include <grpcpp/grpcpp.h>

#include <chrono>
#include <memory>

namespace veilig::testing {

// The same deadline on a context a test declares itself.
inline void SetTestDeadline(grpc::ClientContext& context,
                            std::chrono::seconds timeout = std::chrono::seconds(5)) {
  context.set_deadline(std::chrono::system_clock::now() + timeout);
}

inline std::unique_ptr<grpc::ClientContext> CallContext() {
  auto context = std::make_unique<grpc::ClientContext>();
  context->set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(5));
  return context;
}

}  // namespace veilig::testing
