// Gives a request that cannot be decoded (truncated, wrong wire types,
// invalid UTF-8 in a string, nesting beyond protobuf's limit) a clear
// INVALID_ARGUMENT. gRPC itself answers such a call with a bare INTERNAL
// before any handler runs, which reads as a server fault to the caller, the
// metrics and the alert rules.
#pragma once

#include <google/protobuf/message.h>
#include <grpcpp/support/byte_buffer.h>
#include <grpcpp/support/server_interceptor.h>

#include <memory>
#include <string>
#include <string_view>

namespace veilig::server {

std::unique_ptr<grpc::experimental::ServerInterceptorFactoryInterface>
RequestDecodingInterceptorFactory();

// What the caller reads about an undecodable request to `method`.
std::string UndecodableRequestMessage(std::string_view method);

// For methods that take their request as bytes: false when `bytes` are not a
// valid `message`.
bool DecodeRequest(const grpc::ByteBuffer& bytes, google::protobuf::Message& message);

}  // namespace veilig::server
