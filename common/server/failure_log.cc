#include "common/server/failure_log.h"

#include <spdlog/spdlog.h>

#include "common/metrics/grpc_codes.h"
#include "common/server/interceptor_factory.h"

namespace veilig::server {
namespace {

using grpc::experimental::InterceptionHookPoints;

bool IsServerSideFailure(grpc::StatusCode code) {
  switch (code) {
    case grpc::StatusCode::UNAVAILABLE:
    case grpc::StatusCode::INTERNAL:
    case grpc::StatusCode::DATA_LOSS:
    case grpc::StatusCode::UNKNOWN:
    case grpc::StatusCode::DEADLINE_EXCEEDED:
      return true;
    default:
      return false;
  }
}

class FailureLogInterceptor final : public grpc::experimental::Interceptor {
 public:
  // `method` is the registered method's name, which lives as long as the server.
  explicit FailureLogInterceptor(const char* method) : method_(method) {}

  void Intercept(grpc::experimental::InterceptorBatchMethods* methods) override {
    if (methods->QueryInterceptionHookPoint(InterceptionHookPoints::PRE_SEND_STATUS)) {
      const grpc::Status status = methods->GetSendStatus();
      if (IsServerSideFailure(status.error_code())) {
        spdlog::error("{} failed: {}: {}", method_, metrics::GrpcCodeName(status.error_code()),
                      status.error_message());
      }
    }
    methods->Proceed();
  }

 private:
  const char* method_;
};

}  // namespace

std::unique_ptr<grpc::experimental::ServerInterceptorFactoryInterface>
FailureLogInterceptorFactory() {
  return InterceptorFactory(
      [](grpc::experimental::ServerRpcInfo* info) -> grpc::experimental::Interceptor* {
        if (info->method() == nullptr) return nullptr;
        return new FailureLogInterceptor(info->method());
      });
}

}  // namespace veilig::server
