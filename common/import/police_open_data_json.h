// Reads the police open-data tables as the portal's OData API returns them:
// {"value": [{"ID": 0, "SoortMisdrijf": "1.1.1 ", "RegioS": "GM0034    ",
// "Perioden": "2019MM01", "GeregistreerdeMisdrijven_1": 61}, ...]} (or a bare
// array of such objects), with null for "not published". Streams with a SAX
// parser, so a file of millions of rows is never held in memory.
#pragma once

#include <functional>
#include <istream>

#include "absl/status/status.h"
#include "common/import/police_open_data.h"

namespace veilig::import {

// `row.line` is the row's 1-based position in the array.
absl::Status ReadPoliceOpenDataJson(
    std::istream& in, const std::function<absl::Status(const PoliceOpenDataRow&)>& on_row);

}  // namespace veilig::import
