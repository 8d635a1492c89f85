#include "common/server/grpc_status.h"

#include <chrono>

#include "common/auth/call_gate.h"
#include "common/server/load_shedding.h"
#include "common/server/test_faults.h"

namespace veilig::server {

grpc::Status ToGrpcStatus(const absl::Status& status) {
  if (status.ok()) return grpc::Status::OK;
  // absl and gRPC share the canonical code numbering.
  return grpc::Status(static_cast<grpc::StatusCode>(status.code()), std::string(status.message()));
}

absl::Status AdmitCall(const grpc::ServerContextBase& context) {
  if (auto caller = auth::Admit(context); !caller.ok()) return caller.status();
  if (auto load = AdmitUnderLoadLimit(context); !load.ok()) return load;
  ApplyTestCallDelay(context);
  if (context.deadline() <= std::chrono::system_clock::now()) {
    return absl::DeadlineExceededError("the call's deadline passed before work started");
  }
  return absl::OkStatus();
}

}  // namespace veilig::server
