#include "common/theme/boundary_store.h"

#include "common/theme/boundaries.h"

namespace veilig::theme {

using storage::Value;

absl::Status WriteBoundary(storage::Connection& c, const common::v1::AreaBoundary& boundary) {
  return c.Execute(
      "INSERT INTO area_boundaries (area, year, geometry, attribution) VALUES ($1, $2, $3, $4) "
      "ON CONFLICT (area, year) DO UPDATE SET geometry = excluded.geometry, "
      "attribution = excluded.attribution",
      std::vector<Value>{boundary.area(), int64_t{boundary.year()}, EncodeShape(ShapeOf(boundary)),
                         boundary.attribution()});
}

absl::StatusOr<std::vector<common::v1::AreaBoundary>> ListBoundariesBelow(
    VersionedDatabase& database, const std::string& parent, int year, int offset, int limit) {
  std::vector<common::v1::AreaBoundary> boundaries;
  absl::Status status = database.Read([&](storage::Connection& c) {
    return c.Query(
        "SELECT b.area, b.geometry, b.attribution FROM area_boundaries b "
        "JOIN areas a ON a.code = b.area WHERE a.parent = $1 AND b.year = $2 "
        "ORDER BY b.area LIMIT $3 OFFSET $4",
        std::vector<Value>{parent, int64_t{year}, int64_t{limit}, int64_t{offset}},
        [&](const storage::Row& row) -> absl::Status {
          auto shape = DecodeShape(row.Text(1));
          if (!shape.ok()) return shape.status();
          common::v1::AreaBoundary& boundary = boundaries.emplace_back();
          boundary.set_area(row.Text(0));
          boundary.set_year(year);
          SetShape(*shape, boundary);
          boundary.set_attribution(row.Text(2));
          return absl::OkStatus();
        });
  });
  if (!status.ok()) return status;
  return boundaries;
}

}  // namespace veilig::theme
