// The one table that maps gRPC / absl status codes to HTTP statuses
// (the mapping of google.rpc.Code), used by every HTTP endpoint.
#pragma once

#include <string_view>

#include "absl/status/status.h"

namespace veilig::server {

int HttpStatusFor(absl::StatusCode code);

// The canonical name of the code, e.g. "INVALID_ARGUMENT".
std::string_view StatusCodeName(absl::StatusCode code);

// The reason phrase of an HTTP status, e.g. "Bad Request".
std::string_view HttpReason(int status);

}  // namespace veilig::server
