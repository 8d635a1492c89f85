#include "common/theme/comparison_groups.h"

#include <algorithm>

namespace veilig::theme {

std::vector<std::string> DefaultComparisonGroups(const std::string& municipality,
                                                 const std::vector<common::v1::Area>& groups) {
  std::vector<std::string> containing, rates_only;
  for (const auto& group : groups) {
    if (group.members().empty()) {
      rates_only.push_back(group.code());
    } else if (std::find(group.members().begin(), group.members().end(), municipality) !=
               group.members().end()) {
      containing.push_back(group.code());
    }
  }
  return containing.empty() ? rates_only : containing;
}

}  // namespace veilig::theme
