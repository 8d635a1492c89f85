// Built sections, the theme's own registers included, by municipality and
// period, valid for one version of the shared figures and of the
// municipality's own records (VersionedDatabase counts them up with every
// write): a section is read far more often than it changes, and a write in
// one municipality leaves the others' sections valid.
#pragma once

#include <memory>
#include <string>
#include <utility>

#include "common/domain/bounded_cache.h"
#include "common/theme/versioned_database.h"

namespace veilig::theme {

// A section as it is sent: serialized once (a ThemeSection message), with
// the entity tag that names exactly these bytes (see conditional_section.h).
struct SerializedSection {
  explicit SerializedSection(std::string section_bytes);

  std::string bytes;
  std::string etag;
  // Built before the area signals were worked out: they are to be asked for.
  bool signals_missing = false;
};

class SectionCache {
 public:
  explicit SectionCache(size_t max_entries = 1024) : entries_(max_entries) {}

  // The section built under `versions`, or null.
  std::shared_ptr<const SerializedSection> Find(const std::string& municipality,
                                                const std::string& period,
                                                const DataVersions& versions) const;
  void Keep(const std::string& municipality, const std::string& period,
            const DataVersions& versions, std::shared_ptr<const SerializedSection> section);
  // The next call builds the section again (its signals have been worked out).
  void Forget(const std::string& municipality, const std::string& period);

 private:
  struct Entry {
    DataVersions versions;
    std::shared_ptr<const SerializedSection> section;
  };
  BoundedCache<std::pair<std::string, std::string>, Entry> entries_;
};

}  // namespace veilig::theme
