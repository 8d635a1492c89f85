#include "common/theme/section_cache.h"

#include "common/theme/conditional_section.h"

namespace veilig::theme {

SerializedSection::SerializedSection(std::string section_bytes)
    : bytes(std::move(section_bytes)), etag(SectionETag(bytes)) {}

std::shared_ptr<const SerializedSection> SectionCache::Find(const std::string& municipality,
                                                            const std::string& period,
                                                            const DataVersions& versions) const {
  auto entry = entries_.Find({municipality, period});
  if (!entry.has_value() || entry->versions != versions) return nullptr;
  return entry->section;
}

void SectionCache::Keep(const std::string& municipality, const std::string& period,
                        const DataVersions& versions,
                        std::shared_ptr<const SerializedSection> section) {
  entries_.Keep({municipality, period}, Entry{versions, std::move(section)});
}

void SectionCache::Forget(const std::string& municipality, const std::string& period) {
  entries_.Forget({municipality, period});
}

}  // namespace veilig::theme
