// Applying versioned migrations, the same way on every backend: each in its
// own transaction, recorded in schema_migrations, skipped when recorded.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "common/storage/database.h"

namespace veilig::storage {

// "2026-11-28T23:21:53Z".
std::string NowUtc();

// `lock_sql` (may be empty) runs first in every migration transaction, to
// serialise concurrent migrators where the backend needs it.
absl::Status ApplyMigrations(Database& database, const std::vector<Migration>& migrations,
                             std::string_view lock_sql);

}  // namespace veilig::storage
