#include "common/report/dutch_date.h"

#include "absl/strings/str_format.h"
#include "absl/time/civil_time.h"
#include "absl/time/time.h"
#include "common/report/dutch_period.h"

namespace veilig::report {
namespace {

bool Valid(const google::type::Date& date) {
  return date.year() > 0 && date.month() >= 1 && date.month() <= 12 && date.day() >= 1;
}

}  // namespace

std::string DutchLongDate(const google::type::Date& date) {
  if (!Valid(date)) return "";
  return absl::StrFormat("%d %s %d", date.day(), DutchMonthName(date.month()), date.year());
}

std::string DutchShortDate(const google::type::Date& date) {
  if (!Valid(date)) return "";
  return absl::StrFormat("%02d-%02d-%04d", date.day(), date.month(), date.year());
}

std::string DutchDateRange(const google::type::Date& from, const google::type::Date& until) {
  if (!Valid(until)) return "vanaf " + DutchShortDate(from);
  if (DutchShortDate(from) == DutchShortDate(until)) return DutchShortDate(from);
  return DutchShortDate(from) + " t/m " + DutchShortDate(until);
}

// The EU's summer time rule, as the Netherlands follows it: UTC+2 from 01:00
// UTC on the last Sunday of March until 01:00 UTC on the last Sunday of
// October, else UTC+1. Written out so the answer needs no zone database in
// the container.
google::type::Date DutchCalendarDay(const google::protobuf::Timestamp& moment) {
  const absl::Time time = absl::FromUnixSeconds(moment.seconds());
  const auto last_sunday_1am = [](int64_t year, int month) {
    absl::CivilDay day = absl::CivilDay(absl::CivilMonth(year, month) + 1) - 1;
    while (absl::GetWeekday(day) != absl::Weekday::sunday) --day;
    return absl::FromCivil(absl::CivilHour(day) + 1, absl::UTCTimeZone());
  };
  const int64_t year = absl::ToCivilYear(time, absl::UTCTimeZone()).year();
  const bool summer = time >= last_sunday_1am(year, 3) && time < last_sunday_1am(year, 10);
  const absl::CivilDay day =
      absl::ToCivilDay(time + absl::Hours(summer ? 2 : 1), absl::UTCTimeZone());
  google::type::Date date;
  date.set_year(static_cast<int32_t>(day.year()));
  date.set_month(day.month());
  date.set_day(day.day());
  return date;
}

}  // namespace veilig::report
