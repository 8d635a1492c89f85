#include "common/server/interceptor_factory.h"

namespace veilig::server {
namespace {

class FunctionInterceptorFactory final
    : public grpc::experimental::ServerInterceptorFactoryInterface {
 public:
  explicit FunctionInterceptorFactory(MakeInterceptor make) : make_(std::move(make)) {}
  grpc::experimental::Interceptor* CreateServerInterceptor(
      grpc::experimental::ServerRpcInfo* info) override {
    return make_(info);
  }

 private:
  MakeInterceptor make_;
};

}  // namespace

std::unique_ptr<grpc::experimental::ServerInterceptorFactoryInterface> InterceptorFactory(
    MakeInterceptor make) {
  return std::make_unique<FunctionInterceptorFactory>(std::move(make));
}

}  // namespace veilig::server
