// Outbound gRPC channels as every Veilig client should make them: message-size
// limits, round-robin over the addresses a dns:/// target resolves to (one per
// replica behind a headless Service), and retries only for idempotent reads,
// only on UNAVAILABLE, throttled so that a failing backend is not hammered.
#pragma once

#include <grpcpp/grpcpp.h>

#include <memory>
#include <string>

namespace veilig::client {

struct ChannelOptions {
  int max_message_bytes = 16 * 1024 * 1024;
  // Null: plaintext (see client::ChannelCredentials for TLS).
  std::shared_ptr<grpc::ChannelCredentials> credentials;
};

std::shared_ptr<grpc::Channel> CreateChannel(const std::string& target,
                                             const ChannelOptions& options = {});

// The service config applied to every channel (JSON, see gRPC's service_config.md).
const std::string& DefaultServiceConfig();

}  // namespace veilig::client
