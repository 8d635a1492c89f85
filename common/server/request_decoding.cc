#include "common/server/request_decoding.h"

#include <string>
#include <vector>

#include "common/server/interceptor_factory.h"

namespace veilig::server {
namespace {

using grpc::experimental::InterceptionHookPoints;
using grpc::experimental::ServerRpcInfo;

class RequestDecodingInterceptor final : public grpc::experimental::Interceptor {
 public:
  // `method` is the registered method's name, which lives as long as the server.
  explicit RequestDecodingInterceptor(const char* method) : method_(method) {}

  void Intercept(grpc::experimental::InterceptorBatchMethods* methods) override {
    // A call with one request message that arrives without a message after
    // decoding had bytes that do not parse as that message.
    if (methods->QueryInterceptionHookPoint(InterceptionHookPoints::POST_RECV_MESSAGE) &&
        methods->GetRecvMessage() == nullptr) {
      undecodable_ = true;
    }
    if (methods->QueryInterceptionHookPoint(InterceptionHookPoints::PRE_SEND_STATUS) &&
        undecodable_ && methods->GetSendStatus().error_code() == grpc::StatusCode::INTERNAL) {
      methods->ModifySendStatus(
          grpc::Status(grpc::StatusCode::INVALID_ARGUMENT, UndecodableRequestMessage(method_)));
    }
    methods->Proceed();
  }

 private:
  const char* method_;
  bool undecodable_ = false;
};

}  // namespace

std::string UndecodableRequestMessage(std::string_view method) {
  return std::string("the request is not a valid message for ") + std::string(method) +
         ": truncated, wrongly typed fields, invalid UTF-8 or nested too deeply";
}

bool DecodeRequest(const grpc::ByteBuffer& bytes, google::protobuf::Message& message) {
  std::vector<grpc::Slice> slices;
  if (!bytes.Dump(&slices).ok()) return false;
  std::string flat;
  for (const grpc::Slice& slice : slices) {
    flat.append(reinterpret_cast<const char*>(slice.begin()), slice.size());
  }
  return message.ParseFromString(flat);
}

std::unique_ptr<grpc::experimental::ServerInterceptorFactoryInterface>
RequestDecodingInterceptorFactory() {
  return InterceptorFactory([](ServerRpcInfo* info) -> grpc::experimental::Interceptor* {
    // Streams end with a message-less receive too; only single requests tell.
    const bool single_request = info->type() == ServerRpcInfo::Type::UNARY ||
                                info->type() == ServerRpcInfo::Type::SERVER_STREAMING;
    if (info->method() == nullptr || !single_request) return nullptr;
    return new RequestDecodingInterceptor(info->method());
  });
}

}  // namespace veilig::server
