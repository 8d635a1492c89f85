// The ondermijning part of the report as tables: the enforcement cases per
// category and subcategory.
#pragma once

#include <vector>

#include "veilig/common/v1/section.pb.h"
#include "veilig/ondermijning/v1/cases.pb.h"

namespace veilig::ondermijning {

std::vector<common::v1::SectionTable> SectionTables(const v1::SectionData& data);

}  // namespace veilig::ondermijning
