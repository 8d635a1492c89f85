#include "common/theme/group_figures.h"

namespace veilig::theme {
GroupFigures::GroupFigures(const SectionInput& input, const std::string& group, int first_year,
                           int last_year) {
  const Figures figures(input);
  // The input's own indicators: a composite's components resolve within it.
  for (const auto& indicator : input.indicators) {
    for (Period p = Period::HalfYear(first_year, 1); p.year() <= last_year; p = p.Next()) {
      figures_.emplace(std::make_pair(indicator.id(), p), figures.At(indicator, group, p));
    }
  }
}

Figure GroupFigures::At(const common::v1::Indicator& indicator, const Period& period) const {
  auto it = figures_.find({indicator.id(), period});
  return it != figures_.end() ? it->second : Figure{};
}

std::shared_ptr<const GroupFigures> GroupFiguresCache::Find(const std::string& group,
                                                            int first_year, int last_year,
                                                            int64_t data_version) const {
  auto entry = entries_.Find({group, first_year, last_year});
  if (!entry.has_value() || entry->data_version != data_version) return nullptr;
  return entry->figures;
}

void GroupFiguresCache::Keep(const std::string& group, int first_year, int last_year,
                             int64_t data_version, std::shared_ptr<const GroupFigures> figures) {
  entries_.Keep({group, first_year, last_year}, Entry{data_version, std::move(figures)});
}

}  // namespace veilig::theme
