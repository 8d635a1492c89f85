#include "common/server/load_shedding.h"

#include <atomic>
#include <mutex>
#include <unordered_set>

#include "common/domain/strings.h"
#include "common/server/interceptor_factory.h"

namespace veilig::server {
namespace {

std::atomic<int> max_concurrent_calls{0};

std::mutex admitted_mutex;
std::unordered_set<const grpc::ServerContextBase*> admitted;

class AdmissionInterceptor final : public grpc::experimental::Interceptor {
 public:
  explicit AdmissionInterceptor(const grpc::ServerContextBase* call) : call_(call) {}
  ~AdmissionInterceptor() override {
    std::lock_guard lock(admitted_mutex);
    admitted.erase(call_);
  }
  void Intercept(grpc::experimental::InterceptorBatchMethods* methods) override {
    methods->Proceed();
  }

 private:
  const grpc::ServerContextBase* call_;
};

}  // namespace

void SetMaxConcurrentCalls(int limit) { max_concurrent_calls = limit; }

std::unique_ptr<grpc::experimental::ServerInterceptorFactoryInterface>
AdmissionInterceptorFactory() {
  return InterceptorFactory(
      [](grpc::experimental::ServerRpcInfo* info) -> grpc::experimental::Interceptor* {
        if (info->method() == nullptr) return nullptr;
        return new AdmissionInterceptor(info->server_context());
      });
}

absl::Status AdmitUnderLoadLimit(const grpc::ServerContextBase& call) {
  const int limit = max_concurrent_calls.load(std::memory_order_relaxed);
  if (limit <= 0) return absl::OkStatus();
  std::lock_guard lock(admitted_mutex);
  if (static_cast<int>(admitted.size()) >= limit) {
    return absl::ResourceExhaustedError(
        StrCat("the server is at its limit of ", limit, " calls in flight; try again shortly"));
  }
  admitted.insert(&call);
  return absl::OkStatus();
}

}  // namespace veilig::server
