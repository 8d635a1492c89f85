// A theme service's area registry, read page by page.
#pragma once

#include <vector>

#include "absl/status/statusor.h"
#include "tools/veiligctl/call_options.h"
#include "veilig/theme/v1/theme_service.grpc.pb.h"

namespace veilig::ctl {

absl::StatusOr<std::vector<common::v1::Area>> ListAllAreas(theme::v1::ThemeService::Stub& stub,
                                                           const CallOptions& call);

}  // namespace veilig::ctl
