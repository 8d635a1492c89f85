// Admission control: a server refuses a call with RESOURCE_EXHAUSTED once
// --max-concurrent-calls admitted calls are in flight, instead of queueing
// it behind the others. Health checks never ask to be admitted. The refusal
// names the limit; gRPC's own thread quota (--max-threads) is the backstop,
// with a bare "Server Threadpool Exhausted".
#pragma once

#include <grpcpp/server_context.h>
#include <grpcpp/support/server_interceptor.h>

#include <memory>

#include "absl/status/status.h"

namespace veilig::server {

// 0: no limit.
void SetMaxConcurrentCalls(int limit);

// Gives each admitted call's place back when the call ends.
std::unique_ptr<grpc::experimental::ServerInterceptorFactoryInterface>
AdmissionInterceptorFactory();

// Admits `call` if fewer calls than the limit are admitted and still in
// flight, else RESOURCE_EXHAUSTED.
absl::Status AdmitUnderLoadLimit(const grpc::ServerContextBase& call);

}  // namespace veilig::server
