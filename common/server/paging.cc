#include "common/server/paging.h"

#include <algorithm>

#include "absl/strings/numbers.h"
#include "common/domain/field_error.h"

namespace veilig::server {

std::string Page::NextToken(int rows_returned) const {
  return rows_returned > size ? std::to_string(offset + size) : "";
}

absl::StatusOr<Page> ParsePage(int page_size, const std::string& page_token) {
  if (page_size < 0) return FieldError("page_size", "must not be negative");
  Page page;
  page.size = page_size == 0 ? kDefaultPageSize : std::min(page_size, kMaxPageSize);
  if (!page_token.empty() && (!absl::SimpleAtoi(page_token, &page.offset) || page.offset < 0)) {
    return FieldError("page_token", "is not a token this service issued");
  }
  return page;
}

}  // namespace veilig::server
