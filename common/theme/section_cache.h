// Built sections, the theme's own registers included, by municipality and
// period, valid for one version of the data (VersionedDatabase counts it up
// with every write): a section is read far more often than it changes.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <utility>

namespace veilig::theme {

class SectionCache {
 public:
  explicit SectionCache(size_t max_entries = 1024) : max_entries_(max_entries) {}

  // The section as serialized once (a ThemeSection message), or null.
  std::shared_ptr<const std::string> Find(const std::string& municipality,
                                          const std::string& period, int64_t data_version) const;
  void Keep(const std::string& municipality, const std::string& period, int64_t data_version,
            std::shared_ptr<const std::string> section);

 private:
  struct Entry {
    int64_t data_version;
    std::shared_ptr<const std::string> section;
  };
  const size_t max_entries_;
  mutable std::mutex mutex_;
  std::map<std::pair<std::string, std::string>, Entry> entries_;
};

}  // namespace veilig::theme
