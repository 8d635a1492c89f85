// Asks every theme service for its section at the same time, under one
// deadline that is also the caller's: the report is never slower than its
// slowest backend and never slower than the deadline.
#pragma once

#include <grpcpp/grpcpp.h>

#include <chrono>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "gateway/fanout/gateway_metrics.h"
#include "gateway/report/report_assembler.h"
#include "veilig/theme/v1/theme_service.grpc.pb.h"

namespace veilig::gateway {

class SectionFanout {
 public:
  // `backends`: service name -> channel.
  SectionFanout(const std::map<std::string, std::shared_ptr<grpc::Channel>>& backends,
                GatewayMetrics& metrics);

  // Calls all backends in parallel. `parent` (may be null) propagates the
  // caller's deadline and cancellation; `deadline` caps it further.
  // `authorization` (may be empty) is forwarded: the theme services check
  // the caller themselves. `held` (service -> tag) names sections the caller
  // already has: a service whose section is still that one answers with its
  // tag only (BackendResult::unchanged).
  std::vector<BackendResult> FetchSections(const grpc::ServerContext* parent,
                                           const std::string& authorization,
                                           const theme::v1::GetThemeSectionRequest& request,
                                           const std::map<std::string, std::string>& held,
                                           std::chrono::system_clock::time_point deadline);

 private:
  std::vector<std::pair<std::string, std::unique_ptr<theme::v1::ThemeService::Stub>>> stubs_;
  GatewayMetrics& metrics_;
};

}  // namespace veilig::gateway
