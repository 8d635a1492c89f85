// Figures of an indicator for an area and period, derived from what is
// stored: rolled up from finer periods, summed over a composite's components
// or a group's members, and turned into a rate with the right denominator.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <utility>

#include "common/domain/period.h"
#include "common/theme/section_input.h"
#include "veilig/common/v1/section.pb.h"

namespace veilig::theme {

struct Figure {
  std::optional<int64_t> count;
  // Per 1,000 in the indicator's unit, unrounded.
  std::optional<double> rate;
  std::optional<int64_t> denominator;
  // False when rolled up from finer periods with some of them missing.
  bool complete = true;
  bool rate_imported = false;
};

// A figure as one point of a series, with the rate rounded for presentation.
common::v1::SeriesPoint ToSeriesPoint(const Period& period, const Figure& figure);

// Sets the population `unit` is a rate of (nothing for a count).
void SetDenominatorOfUnit(common::v1::Denominator& denominator, common::v1::Unit unit,
                          int64_t value);

class Figures {
 public:
  explicit Figures(const SectionInput& input);

  Figure At(const common::v1::Indicator& indicator, const std::string& area,
            const Period& period) const;

  const common::v1::Indicator* FindIndicator(const std::string& id) const;
  const common::v1::Area* FindArea(const std::string& code) const;
  std::optional<int64_t> DenominatorOf(const std::string& area, const Period& period,
                                       common::v1::Unit unit) const;

 private:
  struct Raw {
    std::optional<int64_t> count;
    std::optional<double> rate;
    bool complete = true;
  };
  Raw RolledUp(const std::string& indicator, const std::string& area, const Period& period) const;
  Figure Counted(const common::v1::Indicator& indicator, const std::string& area,
                 const Period& period, int depth) const;

  const SectionInput& input_;
  std::map<std::string, const common::v1::Indicator*> indicators_;
  std::map<std::pair<std::string, std::string>, std::map<Period, const common::v1::Observation*>>
      observations_;
  std::map<std::string, std::map<Period, const common::v1::Denominator*>> denominators_;
};

}  // namespace veilig::theme
