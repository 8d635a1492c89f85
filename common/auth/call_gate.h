// Authentication and authorisation of incoming gRPC calls. A server
// interceptor verifies the bearer token of each call and looks its method up
// in the access table; the handler then admits or refuses the call with that
// decision (gRPC's C++ interceptors cannot end a call themselves). Writes are
// reported to an audit sink when they finish, with who, what and the outcome.
#pragma once

#include <grpcpp/grpcpp.h>
#include <grpcpp/support/server_interceptor.h>

#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

#include "absl/status/statusor.h"
#include "common/auth/access_policy.h"
#include "common/auth/tokens.h"

namespace veilig::auth {

struct AuditRecord {
  std::string subject;
  std::string method;
  // What the call named: "GM0034/2019H1", a resource name, or "" if nothing.
  std::string resource;
  // The municipality whose records the call named; empty for shared figures.
  std::string municipality;
  grpc::StatusCode code = grpc::StatusCode::OK;
  std::string message;
};

class CallGate {
 public:
  // `verifier` null means authentication is off (--insecure-no-auth): every
  // caller is the admin "anonymous".
  CallGate(std::string service_name, std::unique_ptr<TokenVerifier> verifier);
  ~CallGate();

  std::unique_ptr<grpc::experimental::ServerInterceptorFactoryInterface> InterceptorFactory();
  void SetAuditSink(std::function<void(const AuditRecord&)> sink) { audit_sink_ = std::move(sink); }

  // The decision about one call: the caller, or UNAUTHENTICATED /
  // PERMISSION_DENIED. Also used by the gateway's HTTP API, per request.
  // `subject` (may be null) receives the token's subject whenever the token
  // itself is valid, also when the role is not enough (for the audit trail).
  absl::StatusOr<Identity> Decide(std::string_view method, std::string_view authorization_header,
                                  std::string* subject = nullptr) const;

  // The process's gate, installed by the server runtime.
  static void Install(CallGate* gate);
  static CallGate* Installed();

  // Used by the interceptor and by Admit().
  void Record(const grpc::ServerContextBase* call, absl::StatusOr<Identity> decision);
  void Forget(const grpc::ServerContextBase* call);
  absl::StatusOr<Identity> DecisionFor(const grpc::ServerContextBase* call) const;
  void Audit(const AuditRecord& record) const;
  const std::string& service_name() const { return service_name_; }

 private:
  std::string service_name_;
  std::unique_ptr<TokenVerifier> verifier_;
  std::function<void(const AuditRecord&)> audit_sink_;
  mutable std::mutex mutex_;
  std::unordered_map<const grpc::ServerContextBase*, absl::StatusOr<Identity>> decisions_;
};

// For handlers: OK with the caller when the gate let the call in. A server
// without an installed gate refuses every call.
absl::StatusOr<Identity> Admit(const grpc::ServerContextBase& context);

// For handlers whose request asks for a draft (a report's version 0): draft
// access, and in the draft's municipality.
absl::Status RequireDraftAccess(const Identity& identity, std::string_view municipality,
                                std::string_view what);

// The "authorization" metadata of the call, to forward to the theme services.
std::string AuthorizationOf(const grpc::ServerContextBase& context);

}  // namespace veilig::auth
