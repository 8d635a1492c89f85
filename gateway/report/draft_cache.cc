#include "gateway/report/draft_cache.h"

namespace veilig::gateway {

std::map<std::string, std::string> CachedDraft::Tags() const {
  std::map<std::string, std::string> tags;
  for (const auto& [service, held] : sections) tags.emplace(service, held.etag);
  return tags;
}

std::shared_ptr<const CachedDraft> DraftCache::Find(const std::string& municipality,
                                                    const std::string& period) const {
  std::lock_guard lock(mutex_);
  auto it = entries_.find({municipality, period});
  return it == entries_.end() ? nullptr : it->second;
}

void DraftCache::Keep(const std::string& municipality, const std::string& period,
                      std::shared_ptr<const CachedDraft> draft) {
  std::lock_guard lock(mutex_);
  if (entries_.size() >= max_entries_) entries_.clear();
  entries_.insert_or_assign({municipality, period}, std::move(draft));
}

}  // namespace veilig::gateway
