// Who asks for a report, whatever the protocol: the identity the gate
// admitted, the credentials to forward to the theme services (which check
// them again) and, over gRPC, the incoming call whose deadline propagates.
#pragma once

#include <grpcpp/grpcpp.h>

#include <string>

#include "common/auth/identity.h"

namespace veilig::gateway {

struct ReportCaller {
  auth::Identity identity;
  // The caller's "authorization" value ("Bearer ..."); empty without auth.
  std::string authorization;
  // Null over HTTP.
  const grpc::ServerContext* parent = nullptr;
};

}  // namespace veilig::gateway
