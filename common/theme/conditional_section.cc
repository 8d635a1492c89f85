#include "common/theme/conditional_section.h"

#include "common/domain/fnv_hash.h"
#include "common/domain/strings.h"

namespace veilig::theme {

std::string SectionETag(std::string_view section_bytes) {
  Fnv1a64 hash;
  hash.Add(section_bytes);
  return StrCat(section_bytes.size(), "-", hash.Hex());
}

}  // namespace veilig::theme
