// Calendar dates as the contracts carry them (google.type.Date, AIP-142) and
// as the stores, the imports and the rules compare them: ISO text
// (YYYY-MM-DD), which sorts as the dates do. Conversion happens here only.
#pragma once

#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "google/type/date.pb.h"

namespace veilig {

// "YYYY-MM-DD"; "" for an unset date (all parts 0). A partial date (a year
// or month of 0 beside other parts) gives text that IsIsoDate refuses.
std::string IsoDate(const google::type::Date& date);

// The date of ISO text; unset for "" or text that is no YYYY-MM-DD.
google::type::Date DateFromIso(std::string_view iso);

// Whether the date is set at all.
inline bool IsSet(const google::type::Date& date) {
  return date.year() != 0 || date.month() != 0 || date.day() != 0;
}

// A real calendar date; unset is accepted only when `required` is false.
// INVALID_ARGUMENT naming `field` otherwise.
absl::Status CheckDateField(std::string_view field, const google::type::Date& date, bool required);

}  // namespace veilig
