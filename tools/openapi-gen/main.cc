// Writes the OpenAPI 3 document of the gateway's HTTP API to stdout. The
// schemas are generated from the protobuf descriptors, in the canonical proto3
// JSON mapping the API serves, so the document cannot drift from the
// contracts; the paths are the routes of gateway/http/http_api.cc.
// docs/openapi.json is this program's output (a test keeps them equal).
#include <iostream>

#include "tools/openapi-gen/openapi_builder.h"
#include "tools/openapi-gen/sorted_json.h"

int main() {
  std::cout << veilig::openapi::SortedJson(veilig::openapi::BuildDocument());
  return 0;
}
