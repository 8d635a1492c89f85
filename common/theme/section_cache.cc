#include "common/theme/section_cache.h"

#include "common/theme/conditional_section.h"

namespace veilig::theme {

SerializedSection::SerializedSection(std::string section_bytes)
    : bytes(std::move(section_bytes)), etag(SectionETag(bytes)) {}

std::shared_ptr<const SerializedSection> SectionCache::Find(const std::string& municipality,
                                                            const std::string& period,
                                                            int64_t data_version) const {
  auto entry = entries_.Find({municipality, period});
  if (!entry.has_value() || entry->data_version != data_version) return nullptr;
  return entry->section;
}

void SectionCache::Keep(const std::string& municipality, const std::string& period,
                        int64_t data_version, std::shared_ptr<const SerializedSection> section) {
  entries_.Keep({municipality, period}, Entry{data_version, std::move(section)});
}

}  // namespace veilig::theme
