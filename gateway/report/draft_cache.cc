#include "gateway/report/draft_cache.h"

namespace veilig::gateway {

std::map<std::string, std::string> CachedDraft::Tags() const {
  std::map<std::string, std::string> tags;
  for (const auto& [service, held] : sections) tags.emplace(service, held.etag);
  return tags;
}

}  // namespace veilig::gateway
