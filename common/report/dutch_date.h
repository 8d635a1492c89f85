// Dates as a Dutch document prints them: "12 maart 2019" in running text,
// "12-03-2019" in tables and ranges.
#pragma once

#include <string>

#include "google/protobuf/timestamp.pb.h"
#include "google/type/date.pb.h"

namespace veilig::report {

// "12 maart 2019"; an unset date gives "".
std::string DutchLongDate(const google::type::Date& date);
// "12-03-2019"; an unset date gives "".
std::string DutchShortDate(const google::type::Date& date);
// "12-03-2019 t/m 30-06-2019", "vanaf 12-03-2019" when there is no end.
std::string DutchDateRange(const google::type::Date& from, const google::type::Date& until);
// The calendar day of a moment in Dutch time, e.g. a publication time.
google::type::Date DutchCalendarDay(const google::protobuf::Timestamp& moment);

}  // namespace veilig::report
