#include "common/theme/section_cache.h"

#include "common/theme/conditional_section.h"

namespace veilig::theme {

SerializedSection::SerializedSection(std::string section_bytes)
    : bytes(std::move(section_bytes)), etag(SectionETag(bytes)) {}

std::shared_ptr<const SerializedSection> SectionCache::Find(const std::string& municipality,
                                                            const std::string& period,
                                                            int64_t data_version) const {
  std::lock_guard lock(mutex_);
  auto it = entries_.find({municipality, period});
  if (it == entries_.end() || it->second.data_version != data_version) return nullptr;
  return it->second.section;
}

void SectionCache::Keep(const std::string& municipality, const std::string& period,
                        int64_t data_version, std::shared_ptr<const SerializedSection> section) {
  std::lock_guard lock(mutex_);
  if (entries_.size() >= max_entries_) entries_.clear();
  entries_.insert_or_assign({municipality, period}, Entry{data_version, std::move(section)});
}

}  // namespace veilig::theme
