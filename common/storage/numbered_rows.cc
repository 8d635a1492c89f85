#include "common/storage/numbered_rows.h"

#include "common/domain/resource_name.h"
#include "common/domain/strings.h"

namespace veilig::storage {

absl::StatusOr<int64_t> NextId(Connection& connection, std::string_view table) {
  auto rows = connection.QueryAll(StrCat("SELECT COALESCE(MAX(id), 0) + 1 FROM ", table));
  if (!rows.ok()) return rows.status();
  return rows->front().Int(0);
}

absl::Status RequireRow(Connection& connection, std::string_view table, std::string_view collection,
                        int64_t id) {
  auto rows = connection.QueryAll(StrCat("SELECT 1 FROM ", table, " WHERE id = $1"),
                                  std::vector<Value>{id});
  if (!rows.ok()) return rows.status();
  if (rows->empty())
    return absl::NotFoundError(StrCat(ResourceName(collection, id), " does not exist"));
  return absl::OkStatus();
}

}  // namespace veilig::storage
