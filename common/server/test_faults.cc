#include "common/server/test_faults.h"

#include <algorithm>
#include <string_view>
#include <thread>

#include "common/server/interceptor_factory.h"

namespace veilig::server {
namespace {

class DelayInterceptor final : public grpc::experimental::Interceptor {
 public:
  DelayInterceptor(const grpc::ServerContextBase* call, std::chrono::milliseconds delay)
      : call_(call), delay_(delay) {}
  void Intercept(grpc::experimental::InterceptorBatchMethods* methods) override {
    // Before the answer leaves, on the thread that gives it, as a slow
    // handler would hold it; a call shed for want of a thread or a place
    // (RESOURCE_EXHAUSTED) did no work and is refused at once.
    if (methods->QueryInterceptionHookPoint(
            grpc::experimental::InterceptionHookPoints::PRE_SEND_STATUS) &&
        methods->GetSendStatus().error_code() != grpc::StatusCode::RESOURCE_EXHAUSTED) {
      std::this_thread::sleep_until(
          std::min(std::chrono::system_clock::now() + delay_, call_->deadline()));
    }
    methods->Proceed();
  }

 private:
  const grpc::ServerContextBase* call_;
  std::chrono::milliseconds delay_;
};

}  // namespace

std::unique_ptr<grpc::experimental::ServerInterceptorFactoryInterface>
TestCallDelayInterceptorFactory(std::chrono::milliseconds delay) {
  return InterceptorFactory(
      [delay](grpc::experimental::ServerRpcInfo* info) -> grpc::experimental::Interceptor* {
        // Health checks and reflection stay prompt, as admission skips them too.
        if (info->method() == nullptr || std::string_view(info->method()).starts_with("/grpc.")) {
          return nullptr;
        }
        return new DelayInterceptor(info->server_context(), delay);
      });
}

}  // namespace veilig::server
