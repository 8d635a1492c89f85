// Admission of a call before its handler runs, and the only kind of service a
// server will serve. protoc-gen-admission (tools/) writes, for every service
// of the contracts, `<Service>Admitted<Impl>`: Impl with every RPC wrapped in
// Admit(). ServerRuntime::AddService takes an AdmittedService, so an RPC
// cannot reach its handler unadmitted, also not one added to a contract
// tomorrow (which the access table then lacks, and so refuses).
#pragma once

#include <grpcpp/grpcpp.h>

namespace veilig::server {

// OK when the call may run: the authorisation gate let it in (else
// UNAUTHENTICATED / PERMISSION_DENIED, see common/auth), the server is below
// its limit of calls in flight (else RESOURCE_EXHAUSTED), and its deadline has
// not passed (else DEADLINE_EXCEEDED).
grpc::Status Admit(const grpc::ServerContextBase& context);

class AdmittedService {
 public:
  virtual ~AdmittedService() = default;
  virtual grpc::Service& service() = 0;
};

}  // namespace veilig::server
