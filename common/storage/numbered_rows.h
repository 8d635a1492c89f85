// Helpers for tables whose rows have a service-assigned number (the {id} of
// a resource name such as "municipalities/GM0034/cases/12"). Ids are taken
// inside the write transaction, so concurrent writers never hand out the same
// one, and from a counter that only grows, so a deleted row's id is never
// given to another: the audit trail's names stay unambiguous.
#pragma once

#include <cstdint>
#include <string_view>

#include "absl/status/statusor.h"
#include "common/storage/database.h"

namespace veilig::storage {

// The table of counters NextId draws from.
const Migration& IdSequenceMigration();

// The next id of `table` (its `id` column): one more than any id it ever
// handed out, and, the first time, than any id the table holds.
absl::StatusOr<int64_t> NextId(Connection& connection, std::string_view table);

// NOT_FOUND "municipalities/{m}/{collection}/{id} does not exist" when
// `table` has no row `id` of `municipality` (another municipality's row is
// as absent as a deleted one).
absl::Status RequireOwnedRow(Connection& connection, std::string_view table,
                             std::string_view municipality, std::string_view collection,
                             int64_t id);

}  // namespace veilig::storage
