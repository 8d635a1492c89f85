// AIP-158 paging for List methods: page_size (0 = default, capped) and an
// opaque page_token that the service issued for the next page.
#pragma once

#include <string>

#include "absl/status/statusor.h"

namespace veilig::server {

struct Page {
  int offset = 0;
  int size = 0;

  // Ask the store for one row more than `size`: it tells whether a next page exists.
  int probe_size() const { return size + 1; }
  // The token for the next page, or empty when `rows_returned` shows there is none.
  std::string NextToken(int rows_returned) const;

  // Hands the rows of this page (of the probe_size() fetched) to `add` and
  // returns the next page token.
  template <typename Rows, typename Add>
  std::string Take(Rows& rows, Add add) const {
    std::string token = NextToken(static_cast<int>(rows.size()));
    if (static_cast<int>(rows.size()) > size) rows.resize(size);
    for (auto& row : rows) add(std::move(row));
    return token;
  }
};

inline constexpr int kDefaultPageSize = 100;
inline constexpr int kMaxPageSize = 1000;

// INVALID_ARGUMENT naming page_size or page_token when they are not acceptable.
absl::StatusOr<Page> ParsePage(int page_size, const std::string& page_token);

}  // namespace veilig::server
