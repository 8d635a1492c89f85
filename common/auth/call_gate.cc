#include "common/auth/call_gate.h"

#include <google/protobuf/descriptor.h>
#include <google/protobuf/message.h>

#include <set>
#include <vector>

#include "common/domain/resource_name.h"
#include "common/domain/strings.h"

namespace veilig::auth {
namespace {

using grpc::experimental::InterceptionHookPoints;

CallGate* installed_gate = nullptr;

constexpr char kBearer[] = "Bearer ";

// The value of `message`'s singular string field `field`; "" when it has none.
std::string StringField(const google::protobuf::Message& message, const char* field) {
  const auto* f = message.GetDescriptor()->FindFieldByName(field);
  if (f == nullptr || f->type() != google::protobuf::FieldDescriptor::TYPE_STRING ||
      f->is_repeated()) {
    return "";
  }
  return message.GetReflection()->GetString(message, f);
}

// A short name for what a write touched, read from the request's fields.
std::string ResourceOf(const google::protobuf::Message& request) {
  for (const char* field : {"name", "reference", "parent", "import_id"}) {
    if (auto value = StringField(request, field); !value.empty()) return value;
  }
  if (auto municipality = StringField(request, "municipality"); !municipality.empty()) {
    const std::string period = StringField(request, "period");
    return period.empty() ? municipality : StrCat(municipality, "/", period);
  }
  return "";
}

// The municipalities a request names, whatever its type: its `parent`,
// `name` or `municipality`, and the `name` of a resource it carries
// (`measure.name` in an update). Read before any handler runs, so no handler
// can forget to check them.
std::set<std::string> MunicipalitiesNamedIn(const google::protobuf::Message& request) {
  std::set<std::string> named;
  const auto* descriptor = request.GetDescriptor();
  const auto* reflection = request.GetReflection();
  for (const char* field : {"parent", "name"}) {
    if (auto m = MunicipalityOf(StringField(request, field))) named.insert(std::move(*m));
  }
  if (auto code = StringField(request, "municipality"); !code.empty()) {
    named.insert(std::move(code));
  }
  for (int i = 0; i < descriptor->field_count(); ++i) {
    const auto* f = descriptor->field(i);
    if (f->type() != google::protobuf::FieldDescriptor::TYPE_MESSAGE || f->is_repeated() ||
        !reflection->HasField(request, f)) {
      continue;
    }
    if (auto m = MunicipalityOf(StringField(reflection->GetMessage(request, f), "name"))) {
      named.insert(std::move(*m));
    }
  }
  return named;
}

class GateInterceptor final : public grpc::experimental::Interceptor {
 public:
  GateInterceptor(CallGate& gate, grpc::experimental::ServerRpcInfo* info)
      : gate_(gate), info_(info), method_(info->method() + 1) {
    const auto entry = AccessTable().find(method_);
    audited_ = entry != AccessTable().end() && entry->second != Access::kOpen &&
               entry->second != Access::kDraft && entry->second != Access::kPublished;
    scoped_ = entry != AccessTable().end() && ScopedByMunicipality(entry->second);
    if (auto raw = RawRequestMethods().find(method_); raw != RawRequestMethods().end()) {
      raw_prototype_ = raw->second;
    }
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
    if ((audited_ || scoped_) && !message_seen_ &&
        methods->QueryInterceptionHookPoint(InterceptionHookPoints::POST_RECV_MESSAGE)) {
      if (void* message = methods->GetRecvMessage()) {
        message_seen_ = true;
        OnRequest(message);
      }
    }
    if (audited_ && methods->QueryInterceptionHookPoint(InterceptionHookPoints::PRE_SEND_STATUS)) {
      const grpc::Status status = methods->GetSendStatus();
      gate_.Audit({subject_, method_, resource_, municipality_, status.error_code(),
                   status.error_message()});
    }
    methods->Proceed();
  }

 private:
  // The first request message: what it names, and whether the caller acts
  // for the municipalities it names (the call is refused when not).
  void OnRequest(void* message) {
    std::unique_ptr<google::protobuf::Message> decoded;
    const google::protobuf::Message* request = nullptr;
    if (raw_prototype_ != nullptr) {
      decoded.reset(raw_prototype_->New());
      grpc::ByteBuffer* bytes = static_cast<grpc::ByteBuffer*>(message);
      std::vector<grpc::Slice> slices;
      std::string serialized;
      if (bytes->Dump(&slices).ok()) {
        for (const auto& slice : slices) {
          serialized.append(reinterpret_cast<const char*>(slice.begin()), slice.size());
        }
      }
      // An undecodable request names nothing; its handler refuses it.
      if (decoded->ParseFromString(serialized)) request = decoded.get();
    } else {
      request = static_cast<const google::protobuf::Message*>(message);
    }
    if (request == nullptr) return;
    if (audited_) resource_ = ResourceOf(*request);
    const std::set<std::string> named = MunicipalitiesNamedIn(*request);
    if (named.size() == 1) municipality_ = *named.begin();
    if (!scoped_) return;
    auto decision = gate_.DecisionFor(info_->server_context());
    if (!decision.ok()) return;
    for (const auto& municipality : named) {
      if (auto s = AuthorizeMunicipality(*decision, municipality); !s.ok()) {
        gate_.Record(info_->server_context(), std::move(s));
        return;
      }
    }
  }

  CallGate& gate_;
  grpc::experimental::ServerRpcInfo* info_;
  std::string method_;
  bool audited_ = false;
  bool scoped_ = false;
  bool message_seen_ = false;
  const google::protobuf::Message* raw_prototype_ = nullptr;
  std::string subject_;
  std::string resource_;
  std::string municipality_;
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
  if (verifier_ == nullptr) return Identity{"anonymous", {kAdmin}, {}, true};
  if (entry->second == Access::kOpen) {
    // Open to everyone, also with a bad token; a valid one still names the
    // caller, for a handler that guards part of its answer itself
    // (ListIndicators with a municipality's goals).
    if (!authorization_header.starts_with(kBearer)) return Identity{};
    auto identity =
        verifier_->Verify(std::string(authorization_header.substr(sizeof(kBearer) - 1)));
    return identity.ok() ? *identity : Identity{};
  }
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
  // Fail closed: a server that never installed its access check admits no one.
  if (gate == nullptr) {
    return absl::PermissionDeniedError("permission denied: this server has no access check");
  }
  return gate->DecisionFor(&context);
}

absl::Status RequireDraftAccess(const Identity& identity, std::string_view municipality,
                                std::string_view what) {
  if (auto s = Authorize(identity, Access::kDraft, "", what); !s.ok()) return s;
  return AuthorizeMunicipality(identity, municipality);
}

std::string AuthorizationOf(const grpc::ServerContextBase& context) {
  const auto& metadata = context.client_metadata();
  auto it = metadata.find("authorization");
  return it == metadata.end() ? std::string() : std::string(it->second.data(), it->second.size());
}

}  // namespace veilig::auth
