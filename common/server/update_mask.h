// AIP-134 partial updates: which fields of a resource an Update call changes.
#pragma once

#include <google/protobuf/field_mask.pb.h>
#include <google/protobuf/message.h>

#include <string_view>

#include "absl/status/status.h"

namespace veilig::server {

// Copies into `current` the fields of `patch` that `mask` names (top-level
// field names, e.g. "valid_until"): an empty mask names every field set in
// `patch`, "*" all of them. A named field that `patch` leaves unset is
// cleared. The resource's `name` never changes. INVALID_ARGUMENT naming
// `mask_field` for a path that is no field of the resource.
absl::Status ApplyUpdateMask(const google::protobuf::Message& patch,
                             const google::protobuf::FieldMask& mask, std::string_view mask_field,
                             google::protobuf::Message& current);

}  // namespace veilig::server
