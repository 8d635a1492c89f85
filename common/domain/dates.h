// Calendar arithmetic on ISO dates (YYYY-MM-DD), for validity periods.
#pragma once

#include <string>

namespace veilig {

// `date` moved by `days` (may be negative). `date` must be a valid ISO date.
std::string AddDays(const std::string& date, int days);

}  // namespace veilig
