// The last draft report assembled for each municipality and period, with the
// four sections it was made from and their tags. The gateway sends those tags
// with the next fan-out (conditional_section.h): when every service answers
// "unchanged", the report is the same and is not assembled, narrated or
// decoded again; when some changed, the unchanged sections come from here.
// Bounded (a draft and its sections take about 0.3 MB): when full, it
// starts over.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <utility>

#include "common/domain/bounded_cache.h"
#include "veilig/report/v1/report_service.pb.h"

namespace veilig::gateway {

struct CachedDraft {
  struct Section {
    std::string etag;
    common::v1::ThemeSection section;
  };
  // By service.
  std::map<std::string, Section> sections;
  // Assembled from exactly these sections, narrative included.
  report::v1::ProgressReport report;

  // Service -> tag, as SectionFanout::FetchSections takes it.
  std::map<std::string, std::string> Tags() const;
};

class DraftCache {
 public:
  explicit DraftCache(size_t max_entries = 32) : entries_(max_entries) {}

  // The draft last kept for a municipality and period, or null.
  std::shared_ptr<const CachedDraft> Find(const std::string& municipality,
                                          const std::string& period) const {
    return entries_.Find({municipality, period}).value_or(nullptr);
  }
  void Keep(const std::string& municipality, const std::string& period,
            std::shared_ptr<const CachedDraft> draft) {
    entries_.Keep({municipality, period}, std::move(draft));
  }

 private:
  BoundedCache<std::pair<std::string, std::string>, std::shared_ptr<const CachedDraft>> entries_;
};

}  // namespace veilig::gateway
