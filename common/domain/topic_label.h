// A plan topic's label as people write it: "3.3 Woonoverlast" is chapter
// number 3.3 with the title "Woonoverlast"; "Burgerparticipatie" has no number.
#pragma once

#include <string>
#include <utility>

namespace veilig {

struct TopicLabel {
  std::string number;  // "3.3", or empty
  std::string title;   // "Woonoverlast"
};

TopicLabel SplitTopicLabel(const std::string& label);

// Whether two labels name the same topic: the same number if both have one,
// else the same title ("Woonoverlast" is "3.3 Woonoverlast").
bool SameTopic(const std::string& a, const std::string& b);

}  // namespace veilig
