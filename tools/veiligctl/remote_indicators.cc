#include "tools/veiligctl/remote_indicators.h"

#include "common/client/channels.h"
#include "common/theme/themes.h"
#include "veilig/theme/v1/theme_service.grpc.pb.h"

namespace veilig::ctl {

std::vector<std::pair<std::string, common::v1::Indicator>> ListAllIndicators(
    const CallOptions& call) {
  std::vector<std::pair<std::string, common::v1::Indicator>> all;
  for (auto name : theme::ThemeServiceNames()) {
    const std::string service(name);
    auto stub = theme::v1::ThemeService::NewStub(call.ServiceChannel(service));
    std::string token;
    do {
      theme::v1::ListIndicatorsRequest request;
      request.set_page_size(1000);
      request.set_page_token(token);
      theme::v1::ListIndicatorsResponse response;
      if (!stub->ListIndicators(call.NewContext().get(), request, &response).ok()) break;
      for (const auto& indicator : response.indicators()) all.emplace_back(service, indicator);
      token = response.next_page_token();
    } while (!token.empty());
  }
  return all;
}

}  // namespace veilig::ctl
