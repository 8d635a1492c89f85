#include "common/theme/conditional_section.h"

#include <cstdio>

#include "common/domain/fnv_hash.h"

namespace veilig::theme {

std::string SectionETag(std::string_view section_bytes) {
  Fnv1a64 hash;
  hash.Add(section_bytes);
  char etag[48];
  std::snprintf(etag, sizeof(etag), "%zu-%016llx", section_bytes.size(),
                static_cast<unsigned long long>(hash.value()));
  return etag;
}

}  // namespace veilig::theme
