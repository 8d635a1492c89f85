// Reporting periods (year, half year, quarter, month) with their canonical
// text form and the arithmetic the report needs: roll-up, a year earlier, the
// same half of another year.
#pragma once

#include <compare>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"

namespace veilig {

enum class Grain { kYear = 1, kHalfYear = 2, kQuarter = 3, kMonth = 4 };

class Period {
 public:
  // Accepts "2019", "2019H1", "2019Q3" and "2019M07" (years 1900-2999).
  static absl::StatusOr<Period> Parse(std::string_view text);

  static Period Year(int year) { return Period(year, Grain::kYear, 1); }
  static Period HalfYear(int year, int half) { return Period(year, Grain::kHalfYear, half); }
  static Period Quarter(int year, int quarter) { return Period(year, Grain::kQuarter, quarter); }
  static Period Month(int year, int month) { return Period(year, Grain::kMonth, month); }

  int year() const { return year_; }
  Grain grain() const { return grain_; }
  // 1-based position within the year (1 for a year).
  int index() const { return index_; }

  std::string ToString() const;

  // The period of the same grain immediately before / after this one.
  Period Previous() const { return Shifted(-1); }
  Period Next() const { return Shifted(1); }
  Period YearEarlier() const { return Period(year_ - 1, grain_, index_); }
  // The same position (e.g. the same half) in another year.
  Period InYear(int year) const { return Period(year, grain_, index_); }
  // Moves by `steps` periods of this grain (negative = back in time).
  Period Shifted(int steps) const;

  // The coarser (or equal) period that contains this one; `grain` must not be
  // finer than this period's grain.
  Period RollUp(Grain grain) const;
  bool Contains(const Period& other) const;
  // The periods of a finer grain that make up this one, in order.
  std::vector<Period> Split(Grain finer) const;

  int first_month() const { return (index_ - 1) * MonthsIn(grain_) + 1; }
  int last_month() const { return first_month() + MonthsIn(grain_) - 1; }
  // ISO dates of the first and last day, e.g. "2019-01-01" / "2019-06-30".
  std::string FirstDay() const;
  std::string LastDay() const;

  static int MonthsIn(Grain grain);

  friend auto operator<=>(const Period& a, const Period& b) {
    if (auto c = a.grain_ <=> b.grain_; c != 0) return c;
    if (auto c = a.year_ <=> b.year_; c != 0) return c;
    return a.index_ <=> b.index_;
  }
  friend bool operator==(const Period&, const Period&) = default;

 private:
  Period(int year, Grain grain, int index) : year_(year), grain_(grain), index_(index) {}
  int year_;
  Grain grain_;
  int index_;
};

// The last `count` half years ending with `last`, oldest first.
std::vector<Period> TrailingHalfYears(const Period& last, int count);

}  // namespace veilig
