// Test support: a channel that sends a bearer token with every call, as a
// client interceptor (call credentials need TLS; these tests use plaintext).
#pragma once

#include <grpcpp/grpcpp.h>

#include <memory>
#include <string>

namespace veilig::testing {

// `token` empty: no authorization metadata at all. `credentials` null:
// plaintext.
std::shared_ptr<grpc::Channel> ChannelWithToken(
    const std::string& target, const std::string& token,
    std::shared_ptr<grpc::ChannelCredentials> credentials = nullptr);

}  // namespace veilig::testing
