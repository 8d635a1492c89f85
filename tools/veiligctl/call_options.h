// Options every veiligctl command shares: where the services are and how long
// a call may take.
#pragma once

#include <grpcpp/grpcpp.h>

#include <chrono>
#include <memory>
#include <string>

#include "common/client/backend_options.h"
#include "common/config/options.h"

namespace veilig::ctl {

struct CallOptions {
  std::string gateway_address = "127.0.0.1:50050";
  client::BackendAddresses backends;
  int timeout_ms = 10000;
  // Bearer token sent with every call (--token or VEILIG_TOKEN).
  std::string token;

  void AddTo(config::po::options_description& description);
  // A channel to `target` with the --backend-tls-* credentials (the gateway
  // is checked against the same CA). Exits on unreadable TLS files.
  std::shared_ptr<grpc::Channel> Channel(const std::string& target) const;
  std::shared_ptr<grpc::Channel> ServiceChannel(const std::string& service) const {
    return Channel(backends.by_service.at(service));
  }
  // "Bearer <token>", or empty without a token.
  std::string Authorization() const;
  // A client context with this command's deadline and token.
  std::unique_ptr<grpc::ClientContext> NewContext() const;
};

// What a failed call says, for the user: its message, or the status code's
// name when the message is empty.
std::string ErrorText(const grpc::Status& status);

}  // namespace veilig::ctl
