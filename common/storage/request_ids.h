// AIP-155 request ids: a create that a client retries with the same
// request_id returns what the first attempt made instead of making another.
// The id is remembered in the transaction that made the resource, so a retry
// after a lost response finds it, and never one that was rolled back.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "common/domain/strings.h"
#include "common/storage/database.h"

namespace veilig::storage {

// The table the ids are remembered in.
const Migration& RequestIdMigration();

// INVALID_ARGUMENT naming `field` unless `request_id` is empty or at most 64
// letters, digits, '-' or '_'.
absl::Status CheckRequestId(std::string_view field, const std::string& request_id);

// The name of what `request_id` made under `parent`, if anything.
absl::StatusOr<std::optional<std::string>> FindRequest(Connection& c, const std::string& parent,
                                                       const std::string& request_id);

// The id of the resource in `collection` (its name
// "municipalities/{m}/{collection}/{id}") that `request_id` made under
// `parent`, if any; empty `request_id`: none.
absl::StatusOr<std::optional<int64_t>> FindRequestedId(Connection& c, const std::string& parent,
                                                       const std::string& request_id,
                                                       std::string_view collection);

// For a create with `request_id`: the resource the same request made before
// under `parent`, read back by `find(id)` (a StatusOr<optional<Resource>>);
// nothing when it made none, NOT_FOUND when that resource has been deleted
// since. Each store's create calls this first, in its write transaction.
template <typename Resource, typename Find>
absl::StatusOr<std::optional<Resource>> EarlierCreate(Connection& c, const std::string& parent,
                                                      const std::string& request_id,
                                                      std::string_view collection, Find find) {
  auto id = FindRequestedId(c, parent, request_id, collection);
  if (!id.ok()) return id.status();
  if (!id->has_value()) return std::nullopt;
  absl::StatusOr<std::optional<Resource>> found = find(**id);
  if (!found.ok()) return found.status();
  if (!found->has_value()) {
    return absl::NotFoundError(StrCat("request ", request_id, " made ", parent, "/", collection,
                                      "/", **id, ", which has been deleted since"));
  }
  return found;
}

// Remembers that `request_id` under `parent` made `name`.
absl::Status RememberRequest(Connection& c, const std::string& parent,
                             const std::string& request_id, const std::string& name);

}  // namespace veilig::storage
