// Built sections, the theme's own registers included, by municipality and
// period, valid for one version of the data (VersionedDatabase counts it up
// with every write): a section is read far more often than it changes.
#pragma once

#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <utility>

#include "veilig/common/v1/section.pb.h"

namespace veilig::theme {

class SectionCache {
 public:
  explicit SectionCache(size_t max_entries = 1024) : max_entries_(max_entries) {}

  std::optional<common::v1::ThemeSection> Find(const std::string& municipality,
                                               const std::string& period,
                                               int64_t data_version) const;
  void Keep(const std::string& municipality, const std::string& period, int64_t data_version,
            const common::v1::ThemeSection& section);

 private:
  struct Entry {
    int64_t data_version;
    common::v1::ThemeSection section;
  };
  const size_t max_entries_;
  mutable std::mutex mutex_;
  std::map<std::pair<std::string, std::string>, Entry> entries_;
};

}  // namespace veilig::theme
