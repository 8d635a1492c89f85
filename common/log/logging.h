// Structured logs: one JSON object per line on stderr, with the time, level,
// service and message, so that a log collector needs no parsing rules.
#pragma once

#include <string>

namespace veilig::log {

// Installs the JSON-lines logger as spdlog's default. `level` is one of
// trace, debug, info, warn, error; anything else means info.
void InitLogging(const std::string& service, const std::string& level);

}  // namespace veilig::log
