#include "gateway/fanout/gateway_metrics.h"

#include "common/metrics/grpc_codes.h"

namespace veilig::gateway {

GatewayMetrics::GatewayMetrics(prometheus::Registry& registry,
                               const std::vector<std::string>& backends)
    : latency_family_(prometheus::BuildHistogram()
                          .Name("veilig_gateway_backend_request_seconds")
                          .Help("Latency of the gateway's calls to each theme service, in seconds.")
                          .Register(registry)),
      errors_family_(prometheus::BuildCounter()
                         .Name("veilig_gateway_backend_errors_total")
                         .Help("Failed calls from the gateway to each theme service, by code.")
                         .Register(registry)),
      partial_reports_(prometheus::BuildCounter()
                           .Name("veilig_gateway_partial_reports_total")
                           .Help("Reports returned with at least one section unavailable.")
                           .Register(registry)
                           .Add({})),
      drafts_family_(prometheus::BuildCounter()
                         .Name("veilig_gateway_draft_reports_total")
                         .Help("Draft reports answered, by source: assembled from the sections, "
                               "or the last one reused because no section had changed.")
                         .Register(registry)),
      drafts_reused_(drafts_family_.Add({{"source", "reused"}})),
      drafts_assembled_(drafts_family_.Add({{"source", "assembled"}})) {
  const prometheus::Histogram::BucketBoundaries buckets = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                                           0.1,   0.25,   0.5,   1,    2.5,   5};
  for (const auto& backend : backends) {
    latency_[backend] = &latency_family_.Add({{"backend", backend}}, buckets);
  }
}

void GatewayMetrics::RecordBackendCall(const std::string& backend, double seconds,
                                       grpc::StatusCode code) {
  auto it = latency_.find(backend);
  if (it == latency_.end()) return;
  it->second->Observe(seconds);
  if (code != grpc::StatusCode::OK) {
    errors_family_
        .Add({{"backend", backend}, {"grpc_code", std::string(metrics::GrpcCodeName(code))}})
        .Increment();
  }
}

}  // namespace veilig::gateway
