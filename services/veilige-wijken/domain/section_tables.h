// The veilige-wijken part of the report as tables: measures in force, one-off
// acts, measures about to expire, watch teams and KVO certificates.
#pragma once

#include <vector>

#include "veilig/common/v1/section.pb.h"
#include "veilig/veiligewijken/v1/measures.pb.h"

namespace veilig::veiligewijken {

std::vector<common::v1::SectionTable> SectionTables(const v1::SectionData& data);

}  // namespace veilig::veiligewijken
