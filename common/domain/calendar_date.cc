#include "common/domain/calendar_date.h"

#include <cstdio>

#include "absl/strings/numbers.h"
#include "common/domain/codes.h"
#include "common/domain/field_checks.h"
#include "common/domain/field_error.h"

namespace veilig {

std::string IsoDate(const google::type::Date& date) {
  if (!IsSet(date)) return "";
  char text[16];
  std::snprintf(text, sizeof(text), "%04d-%02d-%02d", date.year(), date.month(), date.day());
  return text;
}

google::type::Date DateFromIso(std::string_view iso) {
  google::type::Date date;
  int year = 0, month = 0, day = 0;
  const auto part = [iso](size_t at, size_t length, int* out) {
    return absl::SimpleAtoi(absl::string_view(iso.data() + at, length), out);
  };
  if (!IsIsoDate(iso) || !part(0, 4, &year) || !part(5, 2, &month) || !part(8, 2, &day)) {
    return date;
  }
  date.set_year(year);
  date.set_month(month);
  date.set_day(day);
  return date;
}

absl::Status CheckDateField(std::string_view field, const google::type::Date& date, bool required) {
  if (!IsSet(date)) {
    return required ? FieldError(field, "is required (a calendar date)") : absl::OkStatus();
  }
  if (!IsIsoDate(IsoDate(date))) {
    return FieldError(field, StrCat("is not a calendar date (year ", date.year(), ", month ",
                                    date.month(), ", day ", date.day(), ")"));
  }
  return absl::OkStatus();
}

}  // namespace veilig
