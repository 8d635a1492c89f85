// Builds the OpenAPI document as a google.protobuf.Struct (printed with the
// protobuf JSON mapping).
#pragma once

#include <google/protobuf/struct.pb.h>

namespace veilig::openapi {

google::protobuf::Struct BuildDocument();

}  // namespace veilig::openapi
