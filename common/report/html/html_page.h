// The frame every HTML page of the gateway shares: language, title, styles.
#pragma once

#include <string>

namespace veilig::report {

// `title` and `body` must already be escaped / valid HTML.
std::string HtmlPage(const std::string& title, const std::string& body);

}  // namespace veilig::report
