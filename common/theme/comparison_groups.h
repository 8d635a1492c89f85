// Which comparison groups a municipality is shown against when it names none
// of its own: a rule of the section, not of its storage.
#pragma once

#include <string>
#include <vector>

#include "veilig/common/v1/area.pb.h"

namespace veilig::theme {

// The groups that list the municipality as a member, or else the groups that
// carry only imported rates (such as a police-unit average).
std::vector<std::string> DefaultComparisonGroups(const std::string& municipality,
                                                 const std::vector<common::v1::Area>& groups);

}  // namespace veilig::theme
