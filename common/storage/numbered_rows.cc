#include "common/storage/numbered_rows.h"

#include "common/domain/resource_name.h"
#include "common/domain/strings.h"

namespace veilig::storage {

const Migration& IdSequenceMigration() {
  static const Migration kMigration{51, "id sequences", R"sql(
CREATE TABLE id_sequences (
  collection TEXT PRIMARY KEY,
  last_id BIGINT NOT NULL
);
)sql"};
  return kMigration;
}

absl::StatusOr<int64_t> NextId(Connection& connection, std::string_view table) {
  // Seeded from the table the first time, so rows written before the
  // counter existed keep their ids to themselves.
  if (auto s = connection.Execute(
          StrCat("INSERT INTO id_sequences (collection, last_id) VALUES ($1, "
                 "(SELECT COALESCE(MAX(id), 0) + 1 FROM ",
                 table,
                 ")) ON CONFLICT (collection) DO UPDATE SET last_id = id_sequences.last_id + 1"),
          std::vector<Value>{std::string(table)});
      !s.ok()) {
    return s;
  }
  auto last = connection.QueryInt("SELECT last_id FROM id_sequences WHERE collection = $1",
                                  std::vector<Value>{std::string(table)});
  if (!last.ok()) return last.status();
  if (!last->has_value()) return absl::InternalError(StrCat("no id sequence for ", table));
  return **last;
}

absl::Status RequireOwnedRow(Connection& connection, std::string_view table,
                             std::string_view municipality, std::string_view collection,
                             int64_t id) {
  auto exists =
      connection.Exists(StrCat("SELECT 1 FROM ", table, " WHERE municipality = $1 AND id = $2"),
                        std::vector<Value>{std::string(municipality), id});
  if (!exists.ok()) return exists.status();
  if (!*exists) {
    return absl::NotFoundError(
        StrCat(ResourceName(municipality, collection, id), " does not exist"));
  }
  return absl::OkStatus();
}

}  // namespace veilig::storage
