// A google.protobuf.Struct written as indented JSON with object keys in
// sorted order, so that the generated document is the same on every run
// (protobuf's own printer follows its hash-map order).
#pragma once

#include <google/protobuf/struct.pb.h>

#include <string>

namespace veilig::openapi {

std::string SortedJson(const google::protobuf::Struct& document);

}  // namespace veilig::openapi
