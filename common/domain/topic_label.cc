#include "common/domain/topic_label.h"

#include <algorithm>

namespace veilig {

TopicLabel SplitTopicLabel(const std::string& label) {
  const size_t space = label.find(' ');
  if (space == std::string::npos || space == 0 || label[0] == '.') return {"", label};
  const bool numbered = std::all_of(label.begin(), label.begin() + static_cast<long>(space),
                                    [](char c) { return (c >= '0' && c <= '9') || c == '.'; });
  if (!numbered) return {"", label};
  return {label.substr(0, space), label.substr(space + 1)};
}

bool SameTopic(const std::string& a, const std::string& b) {
  if (a == b) return true;
  const TopicLabel x = SplitTopicLabel(a), y = SplitTopicLabel(b);
  if (!x.number.empty() && !y.number.empty()) return x.number == y.number;
  return x.title == y.title;
}

}  // namespace veilig
