#include "tests/integration/reflection_probe.h"

#include <grpcpp/generic/generic_stub.h>

#include "tests/integration/reflection_probe.pb.h"

namespace veilig::testing {
namespace {

bool Await(grpc::CompletionQueue& queue) {
  void* tag = nullptr;
  bool ok = false;
  return queue.Next(&tag, &ok) && ok;
}

}  // namespace

std::vector<std::string> ListServicesByReflection(const std::shared_ptr<grpc::Channel>& channel) {
  grpc::GenericStub stub(channel);
  grpc::CompletionQueue queue;
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(5));
  auto call = stub.PrepareCall(
      &context, "/grpc.reflection.v1alpha.ServerReflection/ServerReflectionInfo", &queue);
  std::vector<std::string> names;
  call->StartCall(reinterpret_cast<void*>(1));
  if (!Await(queue)) return names;

  reflection::ServerReflectionRequest request;
  request.set_list_services("*");
  grpc::Slice slice(request.SerializeAsString());
  grpc::ByteBuffer out(&slice, 1);
  call->Write(out, reinterpret_cast<void*>(2));
  if (!Await(queue)) return names;
  call->WritesDone(reinterpret_cast<void*>(3));
  if (!Await(queue)) return names;

  grpc::ByteBuffer in;
  call->Read(&in, reinterpret_cast<void*>(4));
  if (Await(queue)) {
    std::vector<grpc::Slice> slices;
    (void)in.Dump(&slices);
    std::string bytes;
    for (const auto& s : slices) bytes.append(reinterpret_cast<const char*>(s.begin()), s.size());
    reflection::ServerReflectionResponse response;
    if (response.ParseFromString(bytes)) {
      for (const auto& service : response.list_services_response().service()) {
        names.push_back(service.name());
      }
    }
  }
  grpc::Status status;
  call->Finish(&status, reinterpret_cast<void*>(5));
  Await(queue);
  return names;
}

}  // namespace veilig::testing
