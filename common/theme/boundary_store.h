// Area outlines in a theme service's store (table area_boundaries, migration
// 7 of ThemeStore): one per area and division year, kept as written.
#pragma once

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "common/storage/database.h"
#include "common/theme/versioned_database.h"
#include "veilig/common/v1/area.pb.h"

namespace veilig::theme {

// Inside a caller's write transaction; replaces the area's outline of that
// year.
absl::Status WriteBoundary(storage::Connection& c, const common::v1::AreaBoundary& boundary);

// The outlines of `year` of the areas whose parent is `parent`, by code,
// `offset` .. `offset + limit`.
absl::StatusOr<std::vector<common::v1::AreaBoundary>> ListBoundariesBelow(
    VersionedDatabase& database, const std::string& parent, int year, int offset, int limit);

}  // namespace veilig::theme
