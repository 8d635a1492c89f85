#include "common/server/admission.h"

#include "common/auth/call_gate.h"
#include "common/server/grpc_status.h"
#include "common/server/load_shedding.h"

namespace veilig::server {

grpc::Status Admit(const grpc::ServerContextBase& context) {
  if (auto caller = auth::Admit(context); !caller.ok()) return ToGrpcStatus(caller.status());
  if (auto load = AdmitUnderLoadLimit(context); !load.ok()) return ToGrpcStatus(load);
  if (context.deadline() <= std::chrono::system_clock::now()) {
    return {grpc::StatusCode::DEADLINE_EXCEEDED, "the call's deadline passed before work started"};
  }
  return grpc::Status::OK;
}

}  // namespace veilig::server
