// The figures of comparison groups that sum their members (a police unit,
// the country). Summing hundreds of members for every section would load
// every member's figures each time, so a group's figures are computed once
// per version of the data, remembered, and shared by all sections that
// compare with the group.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <tuple>
#include <utility>

#include "common/domain/bounded_cache.h"
#include "common/theme/figures.h"
#include "common/theme/section_input.h"

namespace veilig::theme {

class GroupFigures {
 public:
  // `input`: the group, its members and their figures, and the indicators,
  // for the years `first_year`..`last_year`. The group's figures for every
  // indicator and half year in those years (what a section compares with)
  // are computed here and the input is let go: a group of every
  // municipality holds hundreds of thousands of observations, its figures
  // a few hundred.
  GroupFigures(const SectionInput& input, const std::string& group, int first_year, int last_year);

  // What Figures::At gives for the group, for a half year in range; empty
  // for anything else.
  Figure At(const common::v1::Indicator& indicator, const Period& period) const;

 private:
  // By indicator id and period.
  std::map<std::pair<std::string, Period>, Figure> figures_;
};

// Group figures by (group, first year, last year), valid for one data version.
class GroupFiguresCache {
 public:
  // Year ranges differ by plan; a few dozen groups x ranges is plenty.
  GroupFiguresCache() : entries_(64) {}

  std::shared_ptr<const GroupFigures> Find(const std::string& group, int first_year, int last_year,
                                           int64_t data_version) const;
  void Keep(const std::string& group, int first_year, int last_year, int64_t data_version,
            std::shared_ptr<const GroupFigures> figures);

 private:
  struct Entry {
    int64_t data_version;
    std::shared_ptr<const GroupFigures> figures;
  };
  BoundedCache<std::tuple<std::string, int, int>, Entry> entries_;
};

}  // namespace veilig::theme
