#include "tools/veiligctl/call_options.h"

#include <cstdlib>
#include <iostream>

#include "common/client/channels.h"
#include "common/metrics/grpc_codes.h"

namespace veilig::ctl {

void CallOptions::AddTo(config::po::options_description& description) {
  description.add_options()("gateway-address",
                            config::po::value(&gateway_address)->default_value(gateway_address),
                            "gRPC target of the gateway")(
      "timeout-ms", config::po::value(&timeout_ms)->default_value(timeout_ms),
      "deadline of each call in milliseconds")(
      "token", config::po::value(&token),
      "bearer token for the calls (or VEILIG_TOKEN; 'veiligctl token' makes one)");
  client::AddBackendOptions(description, backends);
}

std::unique_ptr<grpc::ClientContext> CallOptions::NewContext() const {
  auto context = std::make_unique<grpc::ClientContext>();
  context->set_deadline(std::chrono::system_clock::now() + std::chrono::milliseconds(timeout_ms));
  if (!token.empty()) context->AddMetadata("authorization", Authorization());
  return context;
}

std::shared_ptr<grpc::Channel> CallOptions::Channel(const std::string& target) const {
  auto credentials = client::ChannelCredentials(backends.tls);
  if (!credentials.ok()) {
    std::cerr << "veiligctl: TLS: " << credentials.status().message() << "\n";
    std::exit(2);
  }
  return client::CreateChannel(target, {.credentials = *credentials});
}

std::string CallOptions::Authorization() const {
  return token.empty() ? std::string() : "Bearer " + token;
}

std::string ErrorText(const grpc::Status& status) {
  if (!status.error_message().empty()) return status.error_message();
  return std::string(metrics::GrpcCodeName(status.error_code()));
}

}  // namespace veilig::ctl
