#include "common/client/channels.h"

namespace veilig::client {

const std::string& DefaultServiceConfig() {
  // Reads are idempotent and safe to retry; writes (UpsertThemeData) are not
  // listed, so a failed write is reported to the caller, never replayed.
  static const std::string kConfig = R"json({
  "loadBalancingConfig": [{"round_robin": {}}],
  "methodConfig": [{
    "name": [
      {"service": "veilig.theme.v1.ThemeService", "method": "GetThemeSection"},
      {"service": "veilig.theme.v1.ThemeService", "method": "ListIndicators"},
      {"service": "veilig.theme.v1.ThemeService", "method": "GetSeries"},
      {"service": "veilig.report.v1.ReportService", "method": "GetProgressReport"},
      {"service": "grpc.health.v1.Health", "method": "Check"}
    ],
    "retryPolicy": {
      "maxAttempts": 3,
      "initialBackoff": "0.05s",
      "maxBackoff": "0.5s",
      "backoffMultiplier": 2,
      "retryableStatusCodes": ["UNAVAILABLE"]
    }
  }],
  "retryThrottling": {"maxTokens": 10, "tokenRatio": 0.1}
})json";
  return kConfig;
}

std::shared_ptr<grpc::Channel> CreateChannel(const std::string& target,
                                             const ChannelOptions& options) {
  grpc::ChannelArguments args;
  args.SetMaxReceiveMessageSize(options.max_message_bytes);
  args.SetMaxSendMessageSize(options.max_message_bytes);
  args.SetServiceConfigJSON(DefaultServiceConfig());
  // Reconnect quickly after a backend restarts, but back off up to 5 s.
  args.SetInt(GRPC_ARG_INITIAL_RECONNECT_BACKOFF_MS, 100);
  args.SetInt(GRPC_ARG_MAX_RECONNECT_BACKOFF_MS, 5000);
  return grpc::CreateCustomChannel(
      target, options.credentials ? options.credentials : grpc::InsecureChannelCredentials(), args);
}

}  // namespace veilig::client
