#include "tests/support/rpc_matrix.h"

#include <google/protobuf/descriptor.h>
#include <google/protobuf/dynamic_message.h>
#include <grpcpp/generic/generic_stub.h>

#include "veilig/audit/v1/audit_service.grpc.pb.h"
#include "veilig/crisisbeheersing/v1/crisisbeheersing_service.grpc.pb.h"
#include "veilig/ondermijning/v1/ondermijning_service.grpc.pb.h"
#include "veilig/report/v1/report_service.grpc.pb.h"
#include "veilig/theme/v1/theme_service.grpc.pb.h"
#include "veilig/veiligewijken/v1/veilige_wijken_service.grpc.pb.h"
#include "veilig/zorgveiligheid/v1/zorg_veiligheid_service.grpc.pb.h"

namespace veilig::testing {

// Calls `method` with the serialized request `bytes` through a generic stub,
// for any kind of method, and returns the status code.
grpc::StatusCode CallWith(const std::shared_ptr<grpc::Channel>& channel, const std::string& method,
                          const std::string& bytes) {
  grpc::GenericStub stub(channel);
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(10));
  grpc::CompletionQueue queue;
  auto call = stub.PrepareCall(&context, method, &queue);
  void* tag = nullptr;
  bool ok = false;
  auto step = [&](auto&& operation) {
    operation();
    return queue.Next(&tag, &ok) && ok;
  };
  grpc::Slice slice(bytes.data(), bytes.size());
  grpc::ByteBuffer request(&slice, 1), response;
  if (step([&] { call->StartCall(&call); })) {
    if (step([&] { call->Write(request, &call); })) step([&] { call->WritesDone(&call); });
    while (step([&] { call->Read(&response, &call); })) {
    }
  }
  grpc::Status status;
  step([&] { call->Finish(&status, &call); });
  queue.Shutdown();
  while (queue.Next(&tag, &ok)) {
  }
  return status.error_code();
}

// With an empty request (the default message).
grpc::StatusCode CallWithEmptyRequest(const std::shared_ptr<grpc::Channel>& channel,
                                      const std::string& method) {
  return CallWith(channel, method, "");
}

// A request for `method` that names `municipality` wherever its message can:
// `parent`, `name`, `municipality`, and the `name` of a resource it carries.
// Empty when the request has no such field (it then concerns shared figures
// or every municipality's published reports).
std::optional<std::string> RequestNaming(const std::string& method,
                                         const std::string& municipality) {
  std::string full_name = method.substr(1);
  full_name[full_name.rfind('/')] = '.';
  const auto* descriptor =
      google::protobuf::DescriptorPool::generated_pool()->FindMethodByName(full_name);
  if (descriptor == nullptr) return std::nullopt;
  std::unique_ptr<google::protobuf::Message> request(
      google::protobuf::MessageFactory::generated_factory()
          ->GetPrototype(descriptor->input_type())
          ->New());
  bool named = false;
  const auto set = [&named](google::protobuf::Message& m, const char* field,
                            const std::string& value) {
    const auto* f = m.GetDescriptor()->FindFieldByName(field);
    if (f == nullptr || f->is_repeated() ||
        f->type() != google::protobuf::FieldDescriptor::TYPE_STRING) {
      return;
    }
    m.GetReflection()->SetString(&m, f, value);
    named = true;
  };
  const std::string parent = "municipalities/" + municipality;
  // Reports are named "municipalities/{code}/reports/{half year}".
  const bool report = method.starts_with("/veilig.report.");
  const std::string resource = parent + (report ? "/reports/2019H1" : "/items/1");
  set(*request, "parent", report && method.ends_with("/ListReportVersions") ? resource : parent);
  set(*request, "name", resource);
  set(*request, "municipality", municipality);
  const auto* type = request->GetDescriptor();
  for (int i = 0; i < type->field_count(); ++i) {
    const auto* f = type->field(i);
    if (f->type() != google::protobuf::FieldDescriptor::TYPE_MESSAGE || f->is_repeated()) continue;
    set(*request->GetReflection()->MutableMessage(request.get(), f), "name", parent + "/items/1");
  }
  if (!named) return std::nullopt;
  return request->SerializeAsString();
}

namespace {

std::vector<std::string> MethodsOf(const google::protobuf::FileDescriptor* file) {
  std::vector<std::string> methods;
  const auto* service = file->service(0);
  methods.reserve(service->method_count());
  for (int i = 0; i < service->method_count(); ++i) {
    methods.push_back("/" + service->full_name() + "/" + service->method(i)->name());
  }
  return methods;
}

}  // namespace

// What a server serves: its own services and the audit trail.
std::vector<std::string> MethodsOfServer(const std::string& server) {
  std::vector<const google::protobuf::FileDescriptor*> files = {
      audit::v1::ListAuditEventsRequest::descriptor()->file()};
  if (server == "gateway") {
    files.push_back(report::v1::GetProgressReportRequest::descriptor()->file());
  } else {
    files.push_back(theme::v1::UpsertThemeDataRequest::descriptor()->file());
    if (server == "veilige-wijken") {
      files.push_back(veiligewijken::v1::CreateMeasureRequest::descriptor()->file());
    } else if (server == "ondermijning") {
      files.push_back(ondermijning::v1::CreateCaseRequest::descriptor()->file());
    } else if (server == "zorg-veiligheid") {
      files.push_back(zorgveiligheid::v1::UpsertRegisterCountsRequest::descriptor()->file());
    } else {
      files.push_back(crisisbeheersing::v1::CreateIncidentRequest::descriptor()->file());
    }
  }
  std::vector<std::string> methods;
  for (const auto* file : files) {
    for (auto& m : MethodsOf(file)) methods.push_back(std::move(m));
  }
  return methods;
}

// The expectation, from the methods' names and the roles' meaning (not from
// the access table under test).
bool Expected(const std::string& role, const std::string& server, const std::string& method) {
  const std::string name = method.substr(method.rfind('/') + 1);
  if (role == "admin") return true;
  if (method.starts_with("/veilig.audit.")) return false;
  if (method.starts_with("/veilig.report.")) {
    return name == "PublishReport" ? role == "publisher" : !role.empty();
  }
  // Open data below the municipality and the shared indicator definitions
  // (an empty request names no municipality's goals), for the dashboard of
  // every reader.
  if (name == "ListAreaBoundaries" || name == "ListAreaFigures" || name == "BatchGetAreaFigures" ||
      name == "ListAreaSignals" || name == "ListIndicators") {
    return true;
  }
  const bool read =
      name.starts_with("Get") || name.starts_with("List") || name.starts_with("Count");
  if (read) return role.starts_with("editor:") || role == "publisher";
  return role == "editor:" + server;
}

}  // namespace veilig::testing
