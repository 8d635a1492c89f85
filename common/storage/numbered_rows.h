// Helpers for tables whose rows have a service-assigned number (the {id} of
// a resource name such as "cases/12"). Ids are taken inside the write
// transaction, so concurrent writers never hand out the same one.
#pragma once

#include <cstdint>
#include <string_view>

#include "absl/status/statusor.h"
#include "common/storage/database.h"

namespace veilig::storage {

// The next free id of `table` (its `id` column).
absl::StatusOr<int64_t> NextId(Connection& connection, std::string_view table);

// NOT_FOUND "{collection}/{id} does not exist" when `table` has no row `id`.
absl::Status RequireRow(Connection& connection, std::string_view table, std::string_view collection,
                        int64_t id);

}  // namespace veilig::storage
