// Calendar dates in the gateway's JSON. The contracts carry them as
// google.type.Date (AIP-142), which protobuf's JSON mapping writes as
// {"year": 2019, "month": 3, "day": 12}; the HTTP API writes them as ISO text
// ("2019-03-12"), as the NLGov API design rules ask. The fields are found
// through the message's descriptor, never by guessing from the JSON.
#pragma once

#include <google/protobuf/descriptor.h>

#include <string>

#include "absl/status/statusor.h"

namespace veilig::gateway {

// `json` (of a message of type `type`) with every google.type.Date as ISO text.
absl::StatusOr<std::string> DatesAsIsoText(const std::string& json,
                                           const google::protobuf::Descriptor* type);

// The reverse: ISO text back into google.type.Date objects, for JSON written
// before the contracts carried dates as google.type.Date (published versions
// kept since); dates already in object form are left alone.
absl::StatusOr<std::string> DatesAsObjects(const std::string& json,
                                           const google::protobuf::Descriptor* type);

}  // namespace veilig::gateway
