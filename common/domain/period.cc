#include "common/domain/period.h"

#include <cstdio>

#include "absl/status/status.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_format.h"
#include "common/domain/strings.h"

namespace veilig {
namespace {

int PeriodsPerYear(Grain grain) { return 12 / Period::MonthsIn(grain); }

bool IsLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && IsLeapYear(year) ? 29 : kDays[month - 1];
}

absl::Status Invalid(std::string_view text) {
  return absl::InvalidArgumentError(
      StrCat("'", text, "' is not a period; expected e.g. 2019, 2019H1, 2019Q3 or 2019M07"));
}

}  // namespace

int Period::MonthsIn(Grain grain) {
  switch (grain) {
    case Grain::kYear:
      return 12;
    case Grain::kHalfYear:
      return 6;
    case Grain::kQuarter:
      return 3;
    case Grain::kMonth:
      return 1;
  }
  return 12;
}

absl::StatusOr<Period> Period::Parse(std::string_view text) {
  if (text.size() < 4) return Invalid(text);
  int year = 0;
  for (char c : text.substr(0, 4)) {
    if (c < '0' || c > '9') return Invalid(text);
    year = year * 10 + (c - '0');
  }
  if (year < 1900 || year > 2999) return Invalid(text);
  std::string_view rest = text.substr(4);
  if (rest.empty()) return Period::Year(year);

  Grain grain;
  size_t digits;
  switch (rest[0]) {
    case 'H':
      grain = Grain::kHalfYear;
      digits = 1;
      break;
    case 'Q':
      grain = Grain::kQuarter;
      digits = 1;
      break;
    case 'M':
      grain = Grain::kMonth;
      digits = 2;
      break;
    default:
      return Invalid(text);
  }
  std::string_view number = rest.substr(1);
  if (number.size() != digits) return Invalid(text);
  int index = 0;
  for (char c : number) {
    if (c < '0' || c > '9') return Invalid(text);
    index = index * 10 + (c - '0');
  }
  if (index < 1 || index > PeriodsPerYear(grain)) return Invalid(text);
  return Period(year, grain, index);
}

std::string Period::ToString() const {
  switch (grain_) {
    case Grain::kYear:
      return StrCat(year_);
    case Grain::kHalfYear:
      return StrCat(year_, "H", index_);
    case Grain::kQuarter:
      return StrCat(year_, "Q", index_);
    case Grain::kMonth:
      return absl::StrFormat("%04dM%02d", year_, index_);
  }
  return "";
}

Period Period::Shifted(int steps) const {
  const int per_year = PeriodsPerYear(grain_);
  int ordinal = year_ * per_year + (index_ - 1) + steps;
  // Floor division keeps negative steps correct.
  int year = ordinal >= 0 ? ordinal / per_year : (ordinal - per_year + 1) / per_year;
  return Period(year, grain_, ordinal - year * per_year + 1);
}

Period Period::RollUp(Grain grain) const {
  if (static_cast<int>(grain) >= static_cast<int>(grain_)) return *this;
  return Period(year_, grain, (first_month() - 1) / MonthsIn(grain) + 1);
}

bool Period::Contains(const Period& other) const {
  return other.year_ == year_ && other.first_month() >= first_month() &&
         other.last_month() <= last_month();
}

std::vector<Period> Period::Split(Grain finer) const {
  std::vector<Period> parts;
  if (static_cast<int>(finer) <= static_cast<int>(grain_)) {
    parts.push_back(*this);
    return parts;
  }
  const int step = MonthsIn(finer);
  for (int month = first_month(); month <= last_month(); month += step) {
    parts.push_back(Period(year_, finer, (month - 1) / step + 1));
  }
  return parts;
}

std::string Period::FirstDay() const {
  return absl::StrFormat("%04d-%02d-01", year_, first_month());
}

std::string Period::LastDay() const {
  return absl::StrFormat("%04d-%02d-%02d", year_, last_month(), DaysInMonth(year_, last_month()));
}

std::vector<Period> TrailingHalfYears(const Period& last, int count) {
  std::vector<Period> periods;
  for (int i = count - 1; i >= 0; --i) periods.push_back(last.Shifted(-i));
  return periods;
}

}  // namespace veilig
