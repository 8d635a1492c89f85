#include "gateway/http/published_cache.h"

#include "common/domain/fnv_hash.h"
#include "common/domain/strings.h"
#include "gateway/http/content_coding.h"

namespace veilig::gateway {

absl::StatusOr<std::shared_ptr<const CachedJson>> PublishedCache::Get(
    const std::string& municipality, const std::string& period, int version,
    const std::function<absl::StatusOr<std::string>()>& make) {
  const Key key{municipality, period, version};
  if (auto cached = entries_.Find(key)) return *cached;
  auto body = make();
  if (!body.ok()) return body.status();
  Fnv1a64 hash;
  hash.Add(*body);
  auto cached = std::make_shared<CachedJson>();
  cached->etag = StrCat("\"v", version, "-", hash.Hex(), "\"");
  cached->gzip_etag = std::string(cached->etag).insert(cached->etag.size() - 1, "-gzip");
  cached->gzip_body = Gzip(*body);
  cached->body = std::move(*body);
  entries_.Keep(key, cached);
  return cached;
}

}  // namespace veilig::gateway
