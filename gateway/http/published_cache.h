// Published report versions never change, so their JSON is made once (and
// compressed once) and served from memory with a strong ETag. Bounded: when
// full, it starts over.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <tuple>

#include "absl/status/statusor.h"
#include "common/domain/bounded_cache.h"

namespace veilig::gateway {

struct CachedJson {
  std::string body;
  // A strong validator: the version and a hash of the bytes, quoted.
  std::string etag;
  // The same JSON gzip-compressed, and its own validator: a strong ETag
  // names one representation.
  std::string gzip_body;
  std::string gzip_etag;
};

class PublishedCache {
 public:
  explicit PublishedCache(size_t max_entries = 512) : entries_(max_entries) {}

  // The cached JSON of a published version, or what `make` returns (then
  // cached). Shared, not copied: a report is tens of kilobytes.
  absl::StatusOr<std::shared_ptr<const CachedJson>> Get(
      const std::string& municipality, const std::string& period, int version,
      const std::function<absl::StatusOr<std::string>()>& make);

 private:
  using Key = std::tuple<std::string, std::string, int>;
  BoundedCache<Key, std::shared_ptr<const CachedJson>> entries_;
};

}  // namespace veilig::gateway
