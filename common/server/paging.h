// AIP-158 paging for List methods: page_size (0 = default, capped) and an
// opaque page_token that the service issued for the next page of the same
// request. A token names a position and the request's filter (every field
// but the paging ones), so a token sent back with another filter is refused
// rather than silently skipping rows of a different list.
#pragma once

#include <google/protobuf/message.h>

#include <algorithm>
#include <iterator>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"

namespace veilig::server {

struct Page {
  int offset = 0;
  int size = 0;
  // Fingerprint of the request's filter, carried in every token issued.
  std::string filter;

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

  // The positions [first, last) of the probe_size() rows of this page in a
  // list of `count` rows.
  std::pair<size_t, size_t> Window(size_t count) const {
    const size_t first = std::min<size_t>(static_cast<size_t>(offset), count);
    return {first, std::min<size_t>(first + static_cast<size_t>(probe_size()), count)};
  }

  // The same for a list read whole (a small one, such as a taxonomy): the
  // page is cut from `all`.
  template <typename Row, typename Add>
  std::string TakeFrom(std::vector<Row> all, Add add) const {
    const auto [first, last] = Window(all.size());
    std::vector<Row> rows(std::make_move_iterator(all.begin() + static_cast<std::ptrdiff_t>(first)),
                          std::make_move_iterator(all.begin() + static_cast<std::ptrdiff_t>(last)));
    return Take(rows, add);
  }
};

inline constexpr int kDefaultPageSize = 100;
inline constexpr int kMaxPageSize = 1000;

// The page a List request asks for, from its `page_size` and `page_token`
// fields; INVALID_ARGUMENT naming the field when they are not acceptable.
absl::StatusOr<Page> ParsePage(const google::protobuf::Message& request);

}  // namespace veilig::server
