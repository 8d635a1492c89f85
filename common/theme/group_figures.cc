#include "common/theme/group_figures.h"

namespace veilig::theme {
namespace {

// Year ranges differ by plan; a few dozen groups x ranges is plenty.
constexpr size_t kMaxCachedGroups = 64;

}  // namespace

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
  std::lock_guard lock(mutex_);
  auto it = entries_.find({group, first_year, last_year});
  if (it == entries_.end() || it->second.data_version != data_version) return nullptr;
  return it->second.figures;
}

void GroupFiguresCache::Keep(const std::string& group, int first_year, int last_year,
                             int64_t data_version, std::shared_ptr<const GroupFigures> figures) {
  std::lock_guard lock(mutex_);
  if (entries_.size() >= kMaxCachedGroups) entries_.clear();
  entries_.insert_or_assign(std::make_tuple(group, first_year, last_year),
                            Entry{data_version, std::move(figures)});
}

}  // namespace veilig::theme
