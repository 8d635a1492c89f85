#include "common/metrics/grpc_server_metrics.h"

#include <chrono>

#include "common/metrics/grpc_codes.h"

namespace veilig::metrics {
namespace {

using grpc::experimental::InterceptionHookPoints;
using grpc::experimental::ServerRpcInfo;

// Buckets from 1 ms to 10 s: report assembly is milliseconds, imports seconds.
const prometheus::Histogram::BucketBoundaries& LatencyBuckets() {
  static const prometheus::Histogram::BucketBoundaries kBuckets = {
      0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};
  return kBuckets;
}

const char* TypeName(ServerRpcInfo::Type type) {
  switch (type) {
    case ServerRpcInfo::Type::UNARY:
      return "unary";
    case ServerRpcInfo::Type::CLIENT_STREAMING:
      return "client_stream";
    case ServerRpcInfo::Type::SERVER_STREAMING:
      return "server_stream";
    case ServerRpcInfo::Type::BIDI_STREAMING:
      return "bidi_stream";
  }
  return "unary";
}

class MetricsInterceptor final : public grpc::experimental::Interceptor {
 public:
  explicit MetricsInterceptor(MethodMetrics& metrics)
      : metrics_(metrics), start_(std::chrono::steady_clock::now()) {
    metrics_.started->Increment();
  }

  void Intercept(grpc::experimental::InterceptorBatchMethods* methods) override {
    if (methods->QueryInterceptionHookPoint(InterceptionHookPoints::PRE_SEND_STATUS)) {
      const auto code = static_cast<size_t>(methods->GetSendStatus().error_code());
      const double seconds =
          std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
      metrics_.handled[code < metrics_.handled.size() ? code : 2]->Increment();
      metrics_.handling_seconds->Observe(seconds);
    }
    methods->Proceed();
  }

 private:
  MethodMetrics& metrics_;
  std::chrono::steady_clock::time_point start_;
};

class MetricsInterceptorFactory final
    : public grpc::experimental::ServerInterceptorFactoryInterface {
 public:
  explicit MetricsInterceptorFactory(GrpcServerMetrics& metrics) : metrics_(metrics) {}

  grpc::experimental::Interceptor* CreateServerInterceptor(ServerRpcInfo* info) override {
    // Calls to methods nobody registered carry no method name worth a label.
    if (info->method() == nullptr) return nullptr;
    return new MetricsInterceptor(metrics_.ForMethod(info->method(), TypeName(info->type())));
  }

 private:
  GrpcServerMetrics& metrics_;
};

}  // namespace

GrpcServerMetrics::GrpcServerMetrics(prometheus::Registry& registry)
    : started_(prometheus::BuildCounter()
                   .Name("grpc_server_started_total")
                   .Help("Total number of RPCs started on the server.")
                   .Register(registry)),
      handled_(prometheus::BuildCounter()
                   .Name("grpc_server_handled_total")
                   .Help("Total number of RPCs completed on the server, regardless of success.")
                   .Register(registry)),
      handling_seconds_(prometheus::BuildHistogram()
                            .Name("grpc_server_handling_seconds")
                            .Help("Response latency of RPCs handled by the server, in seconds.")
                            .Register(registry)) {}

MethodMetrics& GrpcServerMetrics::ForMethod(const std::string& full_method,
                                            const std::string& type) {
  std::lock_guard lock(mutex_);
  auto [it, inserted] = methods_.try_emplace(full_method);
  if (!inserted) return it->second;

  // "/veilig.theme.v1.ThemeService/GetThemeSection" -> service, method.
  const auto slash = full_method.rfind('/');
  const std::string service =
      slash == std::string::npos || slash == 0 ? "unknown" : full_method.substr(1, slash - 1);
  const std::string method =
      slash == std::string::npos ? full_method : full_method.substr(slash + 1);
  const std::map<std::string, std::string> labels = {
      {"grpc_service", service}, {"grpc_method", method}, {"grpc_type", type}};

  MethodMetrics& m = it->second;
  m.started = &started_.Add(labels);
  m.handling_seconds = &handling_seconds_.Add(labels, LatencyBuckets());
  for (size_t code = 0; code < m.handled.size(); ++code) {
    auto with_code = labels;
    with_code["grpc_code"] = GrpcCodeName(static_cast<grpc::StatusCode>(code));
    m.handled[code] = &handled_.Add(with_code);
  }
  return m;
}

std::unique_ptr<grpc::experimental::ServerInterceptorFactoryInterface>
GrpcServerMetrics::InterceptorFactory() {
  return std::make_unique<MetricsInterceptorFactory>(*this);
}

}  // namespace veilig::metrics
