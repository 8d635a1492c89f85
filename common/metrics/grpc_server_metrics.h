// Per-method gRPC server metrics under the conventional names of
// go-grpc-prometheus, so existing dashboards and alerts work unchanged:
//   grpc_server_started_total{grpc_service,grpc_method,grpc_type}
//   grpc_server_handled_total{grpc_service,grpc_method,grpc_type,grpc_code}
//   grpc_server_handling_seconds{grpc_service,grpc_method,grpc_type}
// Label values come only from registered methods and the fixed code list, so
// the label set stays bounded whatever clients send.
#pragma once

#include <grpcpp/support/server_interceptor.h>
#include <prometheus/counter.h>
#include <prometheus/histogram.h>
#include <prometheus/registry.h>

#include <array>
#include <map>
#include <memory>
#include <mutex>
#include <string>

namespace veilig::metrics {

// Metric handles of one method, created once and reused for every call.
struct MethodMetrics {
  prometheus::Counter* started = nullptr;
  prometheus::Histogram* handling_seconds = nullptr;
  std::array<prometheus::Counter*, 17> handled{};  // by grpc::StatusCode
};

class GrpcServerMetrics {
 public:
  explicit GrpcServerMetrics(prometheus::Registry& registry);

  // `full_method` is "/package.Service/Method"; `type` is unary,
  // client_stream, server_stream or bidi_stream.
  MethodMetrics& ForMethod(const std::string& full_method, const std::string& type);

  // An interceptor factory for grpc::ServerBuilder that feeds these metrics.
  std::unique_ptr<grpc::experimental::ServerInterceptorFactoryInterface> InterceptorFactory();

 private:
  prometheus::Family<prometheus::Counter>& started_;
  prometheus::Family<prometheus::Counter>& handled_;
  prometheus::Family<prometheus::Histogram>& handling_seconds_;
  std::mutex mutex_;
  std::map<std::string, MethodMetrics> methods_;
};

}  // namespace veilig::metrics
