#include "common/import/source_map.h"

#include <regex>

#include "absl/strings/numbers.h"
#include "common/domain/strings.h"

namespace veilig::import {

std::string SourceMap::LocateError(std::string_view message) const {
  static const std::regex kItem(R"(^(\w+)\[(\d+)\]\.(.*)$)");
  std::match_results<std::string_view::const_iterator> match;
  if (!std::regex_match(message.begin(), message.end(), match, kItem)) return std::string(message);
  auto list = sources_.find(match[1].str());
  size_t index = 0;
  if (list == sources_.end() || !absl::SimpleAtoi(match[2].str(), &index) ||
      index >= list->second.size()) {
    return std::string(message);
  }
  const SourceLine& where = list->second[index];
  return StrCat(where.file, " line ", where.line, ": ", match[3].str());
}

}  // namespace veilig::import
