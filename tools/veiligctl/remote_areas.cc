#include "tools/veiligctl/remote_areas.h"

namespace veilig::ctl {

absl::StatusOr<std::vector<common::v1::Area>> ListAllAreas(theme::v1::ThemeService::Stub& stub,
                                                           const CallOptions& call) {
  std::vector<common::v1::Area> areas;
  std::string token;
  do {
    theme::v1::ListAreasRequest request;
    request.set_page_size(1000);
    request.set_page_token(token);
    theme::v1::ListAreasResponse response;
    const grpc::Status status = stub.ListAreas(call.NewContext().get(), request, &response);
    if (!status.ok()) return absl::UnavailableError(ErrorText(status));
    for (auto& area : *response.mutable_areas()) areas.push_back(std::move(area));
    token = response.next_page_token();
  } while (!token.empty());
  return areas;
}

}  // namespace veilig::ctl
