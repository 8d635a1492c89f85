// Periods as Dutch text: "2019H1" reads "de eerste helft van 2019".
#pragma once

#include <string>

namespace veilig::report {

// "eerste helft van 2019", "tweede kwartaal van 2019", "juli 2019", "2019";
// anything that is not a period is returned as it is.
std::string DutchPeriod(const std::string& period);

// "januari" .. "december" for 1..12; "" otherwise.
std::string DutchMonthName(int month);

// The short form for table headings: "1e helft 2019", "2e kwartaal 2019";
// months and years as DutchPeriod.
std::string DutchPeriodShort(const std::string& period);

}  // namespace veilig::report
