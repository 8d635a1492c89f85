// protoc plugin that writes, beside each <file>.grpc.pb.h, an
// <file>.admission.h: for every service S, the class template
// `SAdmitted<Impl>`, which overrides every RPC of S so that
// veilig::server::Admit() runs before the handler. A server registers only
// admitted services (server::AdmittedService), so an RPC added to a contract
// is admitted, and refused when the access table lacks it, without anyone
// remembering to write a check.
//
// Per RPC, a mixin overrides the handler form that Impl uses: the synchronous
// one, or the (raw) callback one when Impl marked the method as such.
#include <google/protobuf/compiler/code_generator.h>
#include <google/protobuf/compiler/plugin.h>
#include <google/protobuf/descriptor.h>
#include <google/protobuf/io/printer.h>
#include <google/protobuf/io/zero_copy_stream.h>

#include <map>
#include <memory>
#include <string>

#include "absl/strings/str_cat.h"

namespace {

using google::protobuf::FileDescriptor;
using google::protobuf::MethodDescriptor;
using google::protobuf::ServiceDescriptor;
using google::protobuf::io::Printer;

std::string CppName(const std::string& full_name) {
  std::string out = "::";
  for (char c : full_name) {
    if (c == '.') {
      out += "::";
    } else {
      out += c;
    }
  }
  return out;
}

std::string Stem(const std::string& proto_file) {
  return proto_file.substr(0, proto_file.size() - std::string(".proto").size());
}

// The synchronous handler's stream parameter, per streaming kind.
std::string SyncParameters(const MethodDescriptor& method) {
  const std::string in = CppName(method.input_type()->full_name());
  const std::string out = CppName(method.output_type()->full_name());
  if (method.client_streaming() && method.server_streaming()) {
    return "::grpc::ServerReaderWriter<" + out + ", " + in + ">* stream";
  }
  if (method.client_streaming()) {
    return "::grpc::ServerReader<" + in + ">* reader, " + out + "* response";
  }
  if (method.server_streaming()) {
    return "const " + in + "* request, ::grpc::ServerWriter<" + out + ">* writer";
  }
  return "const " + in + "* request, " + out + "* response";
}

std::string SyncArguments(const MethodDescriptor& method) {
  if (method.client_streaming() && method.server_streaming()) return "stream";
  if (method.client_streaming()) return "reader, response";
  if (method.server_streaming()) return "request, writer";
  return "request, response";
}

void PrintCallbackSpecialisation(Printer& p, const std::map<std::string, std::string>& vars,
                                 const std::string& request, const std::string& response) {
  std::map<std::string, std::string> v = vars;
  v["cb_request"] = request;
  v["cb_response"] = response;
  p.Print(v,
          "template <class Base>\n"
          "  requires requires(Base& base, ::grpc::CallbackServerContext* context,\n"
          "                    const $cb_request$* request, $cb_response$* response) {\n"
          "    { base.$method$(context, request, response) } -> "
          "std::same_as<::grpc::ServerUnaryReactor*>;\n"
          "  }\n"
          "class $mixin$<Base> : public Base {\n"
          " public:\n"
          "  using Base::Base;\n"
          "  ::grpc::ServerUnaryReactor* $method$(::grpc::CallbackServerContext* context,\n"
          "      const $cb_request$* request, $cb_response$* response) override {\n"
          "    if (::grpc::Status refusal = ::veilig::server::Admit(*context); !refusal.ok()) {\n"
          "      ::grpc::ServerUnaryReactor* reactor = context->DefaultReactor();\n"
          "      reactor->Finish(refusal);\n"
          "      return reactor;\n"
          "    }\n"
          "    return Base::$method$(context, request, response);\n"
          "  }\n"
          "};\n\n");
}

void PrintMethodMixin(Printer& p, const ServiceDescriptor& service,
                      const MethodDescriptor& method) {
  std::map<std::string, std::string> vars = {
      {"service", service.name()},
      {"method", method.name()},
      {"mixin", service.name() + "_" + method.name()},
      {"parameters", SyncParameters(method)},
      {"arguments", SyncArguments(method)},
  };
  p.Print(vars,
          "template <class Base>\n"
          "class $mixin$ : public Base {\n"
          " public:\n"
          "  using Base::Base;\n"
          "  ::grpc::Status $method$(::grpc::ServerContext* context, $parameters$) override {\n"
          "    if (::grpc::Status refusal = ::veilig::server::Admit(*context); !refusal.ok()) {\n"
          "      return refusal;\n"
          "    }\n"
          "    return Base::$method$(context, $arguments$);\n"
          "  }\n"
          "};\n\n");
  if (method.client_streaming() || method.server_streaming()) return;
  PrintCallbackSpecialisation(p, vars, CppName(method.input_type()->full_name()),
                              CppName(method.output_type()->full_name()));
  PrintCallbackSpecialisation(p, vars, "::grpc::ByteBuffer", "::grpc::ByteBuffer");
}

void PrintService(Printer& p, const ServiceDescriptor& service) {
  std::map<std::string, std::string> vars = {{"service", service.name()}};
  p.Print("namespace admission_internal {\n\n");
  for (int m = 0; m < service.method_count(); ++m) PrintMethodMixin(p, service, *service.method(m));
  std::string chain = "Impl";
  for (int m = service.method_count() - 1; m >= 0; --m) {
    chain = absl::StrCat(service.name(), "_", service.method(m)->name(), "<", chain, ">");
  }
  vars["chain"] = chain;
  p.Print(vars, "template <class Impl>\nusing $service$Chain = $chain$;\n\n");
  p.Print("}  // namespace admission_internal\n\n");
  p.Print(vars,
          "// $service$ as `Impl` implements it, with every RPC admitted first.\n"
          "template <class Impl>\n"
          "class $service$Admitted final : public admission_internal::$service$Chain<Impl>,\n"
          "                                public ::veilig::server::AdmittedService {\n"
          " public:\n"
          "  using admission_internal::$service$Chain<Impl>::$service$Chain;\n"
          "  ::grpc::Service& service() override { return *this; }\n"
          "};\n\n");
}

class AdmissionGenerator final : public google::protobuf::compiler::CodeGenerator {
 public:
  bool Generate(const FileDescriptor* file, const std::string& /*parameter*/,
                google::protobuf::compiler::GeneratorContext* context,
                std::string* /*error*/) const override {
    if (file->service_count() == 0) return true;
    const std::string stem = Stem(file->name());
    std::unique_ptr<google::protobuf::io::ZeroCopyOutputStream> out(
        context->Open(stem + ".admission.h"));
    Printer p(out.get(), '$');
    p.Print({{"file", file->name()}, {"stem", stem}},
            "// Generated by protoc-gen-admission from $file$. Do not edit.\n"
            "#pragma once\n\n"
            "#include <concepts>\n\n"
            "#include \"$stem$.grpc.pb.h\"\n"
            "#include \"common/server/admission.h\"\n\n");
    std::string ns = CppName(file->package());
    ns = ns.substr(2);
    p.Print({{"ns", ns}}, "namespace $ns$ {\n\n");
    for (int s = 0; s < file->service_count(); ++s) PrintService(p, *file->service(s));
    p.Print({{"ns", ns}}, "}  // namespace $ns$\n");
    return true;
  }
};

}  // namespace

int main(int argc, char** argv) {
  AdmissionGenerator generator;
  return google::protobuf::compiler::PluginMain(argc, argv, &generator);
}
