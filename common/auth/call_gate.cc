#include "common/auth/call_gate.h"

#include <google/protobuf/descriptor.h>
#include <google/protobuf/message.h>

#include "common/domain/strings.h"

namespace veilig::auth {
namespace {

using grpc::experimental::InterceptionHookPoints;

CallGate* installed_gate = nullptr;

constexpr char kBearer[] = "Bearer ";

// A short name for what a write touched, read from the request's fields.
std::string ResourceOf(const google::protobuf::Message& request) {
  const auto* descriptor = request.GetDescriptor();
  const auto* reflection = request.GetReflection();
  auto text = [&](const char* field) -> std::string {
    const auto* f = descriptor->FindFieldByName(field);
    if (f == nullptr || f->type() != google::protobuf::FieldDescriptor::TYPE_STRING ||
        f->is_repeated()) {
      return "";
    }
    return reflection->GetString(request, f);
  };
  for (const char* field : {"name", "reference", "import_id"}) {
    if (auto value = text(field); !value.empty()) return value;
  }
  if (auto municipality = text("municipality"); !municipality.empty()) {
    const std::string period = text("period");
    return period.empty() ? municipality : StrCat(municipality, "/", period);
  }
  return "";
}

class GateInterceptor final : public grpc::experimental::Interceptor {
 public:
  GateInterceptor(CallGate& gate, grpc::experimental::ServerRpcInfo* info)
      : gate_(gate), info_(info), method_(info->method() + 1) {
    const auto entry = AccessTable().find(method_);
    audited_ = entry != AccessTable().end() && entry->second != Access::kOpen &&
               entry->second != Access::kDraft && entry->second != Access::kPublished;
  }
  ~GateInterceptor() override { gate_.Forget(info_->server_context()); }

  void Intercept(grpc::experimental::InterceptorBatchMethods* methods) override {
    if (methods->QueryInterceptionHookPoint(InterceptionHookPoints::POST_RECV_INITIAL_METADATA)) {
      std::string_view authorization;
      const auto* metadata = methods->GetRecvInitialMetadata();
      if (auto it = metadata->find("authorization"); it != metadata->end()) {
        authorization = std::string_view(it->second.data(), it->second.size());
      }
      auto decision = gate_.Decide(method_, authorization, &subject_);
      if (decision.ok()) subject_ = decision->subject;
      if (subject_.empty()) subject_ = "(no valid token)";
      gate_.Record(info_->server_context(), std::move(decision));
    }
    if (audited_ && resource_.empty() &&
        methods->QueryInterceptionHookPoint(InterceptionHookPoints::POST_RECV_MESSAGE)) {
      if (const void* message = methods->GetRecvMessage()) {
        resource_ = ResourceOf(*static_cast<const google::protobuf::Message*>(message));
      }
    }
    if (audited_ && methods->QueryInterceptionHookPoint(InterceptionHookPoints::PRE_SEND_STATUS)) {
      const grpc::Status status = methods->GetSendStatus();
      gate_.Audit({subject_, method_, resource_, status.error_code(), status.error_message()});
    }
    methods->Proceed();
  }

 private:
  CallGate& gate_;
  grpc::experimental::ServerRpcInfo* info_;
  std::string method_;
  bool audited_ = false;
  std::string subject_;
  std::string resource_;
};

class GateInterceptorFactory final : public grpc::experimental::ServerInterceptorFactoryInterface {
 public:
  explicit GateInterceptorFactory(CallGate& gate) : gate_(gate) {}
  grpc::experimental::Interceptor* CreateServerInterceptor(
      grpc::experimental::ServerRpcInfo* info) override {
    if (info->method() == nullptr) return nullptr;
    return new GateInterceptor(gate_, info);
  }

 private:
  CallGate& gate_;
};

}  // namespace

CallGate::CallGate(std::string service_name, std::unique_ptr<TokenVerifier> verifier)
    : service_name_(std::move(service_name)), verifier_(std::move(verifier)) {}

CallGate::~CallGate() {
  if (installed_gate == this) installed_gate = nullptr;
}

std::unique_ptr<grpc::experimental::ServerInterceptorFactoryInterface>
CallGate::InterceptorFactory() {
  return std::make_unique<GateInterceptorFactory>(*this);
}

void CallGate::Install(CallGate* gate) { installed_gate = gate; }
CallGate* CallGate::Installed() { return installed_gate; }

absl::StatusOr<Identity> CallGate::Decide(std::string_view method,
                                          std::string_view authorization_header,
                                          std::string* subject) const {
  const auto entry = AccessTable().find(method);
  if (entry == AccessTable().end()) {
    return absl::PermissionDeniedError(
        StrCat("permission denied: ", method, " has no entry in the authorisation table"));
  }
  if (entry->second == Access::kOpen) return Identity{};
  if (verifier_ == nullptr) return Identity{"anonymous", {kAdmin}};
  if (!authorization_header.starts_with(kBearer)) {
    return absl::UnauthenticatedError(
        "missing bearer token: send 'authorization: Bearer <token>' (veiligctl token makes one)");
  }
  auto identity = verifier_->Verify(std::string(authorization_header.substr(sizeof(kBearer) - 1)));
  if (!identity.ok()) return identity.status();
  if (subject != nullptr) *subject = identity->subject;
  if (auto s = Authorize(*identity, entry->second, service_name_, method); !s.ok()) return s;
  return identity;
}

void CallGate::Record(const grpc::ServerContextBase* call, absl::StatusOr<Identity> decision) {
  std::lock_guard lock(mutex_);
  decisions_.insert_or_assign(call, std::move(decision));
}

void CallGate::Forget(const grpc::ServerContextBase* call) {
  std::lock_guard lock(mutex_);
  decisions_.erase(call);
}

absl::StatusOr<Identity> CallGate::DecisionFor(const grpc::ServerContextBase* call) const {
  std::lock_guard lock(mutex_);
  if (auto it = decisions_.find(call); it != decisions_.end()) return it->second;
  return absl::PermissionDeniedError("permission denied: the call was not checked");
}

void CallGate::Audit(const AuditRecord& record) const {
  if (audit_sink_) audit_sink_(record);
}

absl::StatusOr<Identity> Admit(const grpc::ServerContextBase& context) {
  const CallGate* gate = CallGate::Installed();
  if (gate == nullptr) return Identity{"anonymous", {kAdmin}};
  return gate->DecisionFor(&context);
}

absl::Status RequireDraftAccess(const Identity& identity, std::string_view what) {
  return Authorize(identity, Access::kDraft, "", what);
}

std::string AuthorizationOf(const grpc::ServerContextBase& context) {
  const auto& metadata = context.client_metadata();
  auto it = metadata.find("authorization");
  return it == metadata.end() ? std::string() : std::string(it->second.data(), it->second.size());
}

}  // namespace veilig::auth
