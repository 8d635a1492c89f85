#include "common/theme/section_cache.h"

namespace veilig::theme {

std::shared_ptr<const std::string> SectionCache::Find(const std::string& municipality,
                                                      const std::string& period,
                                                      int64_t data_version) const {
  std::lock_guard lock(mutex_);
  auto it = entries_.find({municipality, period});
  if (it == entries_.end() || it->second.data_version != data_version) return nullptr;
  return it->second.section;
}

void SectionCache::Keep(const std::string& municipality, const std::string& period,
                        int64_t data_version, std::shared_ptr<const std::string> section) {
  std::lock_guard lock(mutex_);
  if (entries_.size() >= max_entries_) entries_.clear();
  entries_.insert_or_assign({municipality, period}, Entry{data_version, std::move(section)});
}

}  // namespace veilig::theme
