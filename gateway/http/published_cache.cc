#include "gateway/http/published_cache.h"

#include <cstdio>

namespace veilig::gateway {

absl::StatusOr<CachedJson> PublishedCache::Get(
    const std::string& municipality, const std::string& period, int version,
    const std::function<absl::StatusOr<std::string>()>& make) {
  const Key key{municipality, period, version};
  {
    std::lock_guard lock(mutex_);
    if (auto it = entries_.find(key); it != entries_.end()) return it->second;
  }
  auto body = make();
  if (!body.ok()) return body.status();
  uint64_t hash = 14695981039346656037ULL;
  for (unsigned char c : *body) hash = (hash ^ c) * 1099511628211ULL;
  char etag[48];
  std::snprintf(etag, sizeof(etag), "\"v%d-%016llx\"", version,
                static_cast<unsigned long long>(hash));
  CachedJson cached{std::move(*body), etag};
  std::lock_guard lock(mutex_);
  if (entries_.size() >= max_entries_) entries_.clear();
  entries_.emplace(key, cached);
  return cached;
}

}  // namespace veilig::gateway
