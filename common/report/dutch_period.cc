#include "common/report/dutch_period.h"

#include "common/domain/period.h"

namespace veilig::report {

std::string DutchMonthName(int month) {
  static const char* const kMonths[] = {"januari",   "februari", "maart",    "april",
                                        "mei",       "juni",     "juli",     "augustus",
                                        "september", "oktober",  "november", "december"};
  return month >= 1 && month <= 12 ? kMonths[month - 1] : "";
}

std::string DutchPeriod(const std::string& text) {
  auto period = Period::Parse(text);
  if (!period.ok()) return text;
  static const char* const kOrdinals[] = {"eerste", "tweede", "derde", "vierde"};
  std::string year = std::to_string(period->year());
  switch (period->grain()) {
    case Grain::kHalfYear:
      return std::string(kOrdinals[period->index() - 1]) + " helft van " + year;
    case Grain::kQuarter:
      return std::string(kOrdinals[period->index() - 1]) + " kwartaal van " + year;
    case Grain::kMonth:
      return DutchMonthName(period->index()) + " " + year;
    case Grain::kYear:
      return year;
  }
  return text;
}

std::string DutchPeriodShort(const std::string& text) {
  auto period = Period::Parse(text);
  if (!period.ok()) return text;
  const std::string year = std::to_string(period->year());
  switch (period->grain()) {
    case Grain::kHalfYear:
      return std::to_string(period->index()) + "e helft " + year;
    case Grain::kQuarter:
      return std::to_string(period->index()) + "e kwartaal " + year;
    default:
      return DutchPeriod(text);
  }
}

}  // namespace veilig::report
