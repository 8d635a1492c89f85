// The OpenAPI 3 document of the HTTP API (docs/openapi.json), compiled in so
// that /api/v1/openapi.json always matches the running version.
#pragma once

#include <string_view>

namespace veilig::gateway {

std::string_view OpenApiDocument();

}  // namespace veilig::gateway
