// One SQLite connection with its cache of prepared statements.
#pragma once

#include <sqlite3.h>

#include <map>
#include <string>
#include <vector>

#include "common/storage/database.h"

namespace veilig::storage {

class SqliteConnection final : public Connection {
 public:
  static absl::StatusOr<std::unique_ptr<SqliteConnection>> Open(const std::string& path);
  ~SqliteConnection() override;

  absl::Status Execute(std::string_view sql, std::span<const Value> params = {}) override;
  absl::Status Query(std::string_view sql, std::span<const Value> params,
                     const RowCallback& on_row) override;
  absl::Status ExecuteScript(std::string_view sql) override;

 private:
  // A statement prepared once, with where each of its `$n` placeholders is:
  // `index_of[n - 1]` is SQLite's parameter index, 0 when $n is unused.
  struct Prepared {
    sqlite3_stmt* statement;
    std::vector<int> index_of;
  };

  explicit SqliteConnection(sqlite3* db) : db_(db) {}
  absl::StatusOr<const Prepared*> Prepare(std::string_view sql);
  absl::Status Bind(const Prepared& prepared, std::span<const Value> params);
  absl::Status Error(std::string_view what) const;
  static absl::Status StatusFor(int code, std::string_view message, std::string_view what);

  sqlite3* db_;
  std::map<std::string, Prepared, std::less<>> statements_;
};

}  // namespace veilig::storage
