// The gateway's own metrics, beside the standard gRPC server metrics:
//   veilig_gateway_backend_request_seconds{backend}    fan-out call latency
//   veilig_gateway_backend_errors_total{backend,grpc_code}
//   veilig_gateway_partial_reports_total               reports with a section missing
//   veilig_gateway_draft_reports_total{source}         drafts assembled, or reused
//                                                      because no section changed
#pragma once

#include <grpcpp/support/status.h>
#include <prometheus/counter.h>
#include <prometheus/histogram.h>
#include <prometheus/registry.h>

#include <map>
#include <string>

namespace veilig::gateway {

class GatewayMetrics {
 public:
  GatewayMetrics(prometheus::Registry& registry, const std::vector<std::string>& backends);

  void RecordBackendCall(const std::string& backend, double seconds, grpc::StatusCode code);
  void RecordPartialReport() { partial_reports_.Increment(); }
  void RecordDraft(bool reused) { (reused ? drafts_reused_ : drafts_assembled_).Increment(); }

 private:
  prometheus::Family<prometheus::Histogram>& latency_family_;
  prometheus::Family<prometheus::Counter>& errors_family_;
  prometheus::Counter& partial_reports_;
  prometheus::Family<prometheus::Counter>& drafts_family_;
  prometheus::Counter& drafts_reused_;
  prometheus::Counter& drafts_assembled_;
  // Created up front for the fixed set of backends: no lookups per call.
  std::map<std::string, prometheus::Histogram*> latency_;
};

}  // namespace veilig::gateway
