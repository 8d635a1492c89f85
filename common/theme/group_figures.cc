#include "common/theme/group_figures.h"

namespace veilig::theme {
namespace {

// Year ranges differ by plan; a few dozen groups x ranges is plenty.
constexpr size_t kMaxCachedGroups = 64;

}  // namespace

GroupFigures::GroupFigures(SectionInput input) : input_(std::move(input)), figures_(input_) {}

Figure GroupFigures::At(const common::v1::Indicator& indicator, const std::string& group,
                        const Period& period) const {
  const auto key = std::make_tuple(indicator.id(), group, period);
  {
    std::lock_guard lock(mutex_);
    if (auto it = memo_.find(key); it != memo_.end()) return it->second;
  }
  // The group's own copy of the indicator: a composite's components resolve
  // within the same input.
  const common::v1::Indicator* own = figures_.FindIndicator(indicator.id());
  const Figure figure = figures_.At(own != nullptr ? *own : indicator, group, period);
  std::lock_guard lock(mutex_);
  memo_.emplace(key, figure);
  return figure;
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
