// The storage interface every service uses, whatever the backend: SQLite (a
// file per service, the embedded default) or PostgreSQL (a schema per service).
// SQL is written once in the subset both understand, with $1, $2, ...
// placeholders; statements are prepared once per connection and reused.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"

namespace veilig::storage {

using Value = std::variant<std::monostate, int64_t, double, std::string>;

// Helpers to pass optional values as SQL NULL.
template <typename T>
Value Nullable(const std::optional<T>& value) {
  if (!value.has_value()) return std::monostate{};
  return Value(*value);
}

class Row {
 public:
  explicit Row(std::vector<Value> values) : values_(std::move(values)) {}
  bool IsNull(size_t i) const { return std::holds_alternative<std::monostate>(values_.at(i)); }
  int64_t Int(size_t i) const;
  double Double(size_t i) const;
  std::string Text(size_t i) const;
  std::optional<int64_t> OptionalInt(size_t i) const;
  std::optional<double> OptionalDouble(size_t i) const;
  size_t size() const { return values_.size(); }

 private:
  std::vector<Value> values_;
};

using RowCallback = std::function<absl::Status(const Row&)>;

// Where a bulk upsert writes: `columns` name every value of a row, and the
// first `key_columns` of them are the table's primary key.
struct UpsertTarget {
  std::string table;
  std::vector<std::string> columns;
  size_t key_columns = 1;
};

// "INSERT INTO t (a, b, c) VALUES ($1, $2, $3) ON CONFLICT (a) DO UPDATE SET
// b = excluded.b, c = excluded.c", or with `source` in place of VALUES.
std::string UpsertStatement(const UpsertTarget& target, std::string_view source = {});

// A connection inside a transaction. Not thread-safe; used by one request.
class Connection {
 public:
  virtual ~Connection() = default;
  virtual absl::Status Execute(std::string_view sql, std::span<const Value> params = {}) = 0;
  // Calls `on_row` for each result row; stops at the first error it returns.
  virtual absl::Status Query(std::string_view sql, std::span<const Value> params,
                             const RowCallback& on_row) = 0;
  // Runs several statements without parameters (migrations).
  virtual absl::Status ExecuteScript(std::string_view sql) = 0;
  // Inserts or replaces many rows by key, as one statement per row here;
  // PostgreSQL overrides it with COPY, which pays for large batches. When a
  // key repeats, the last row wins.
  virtual absl::Status UpsertRows(const UpsertTarget& target,
                                  std::span<const std::vector<Value>> rows);

  absl::StatusOr<std::vector<Row>> QueryAll(std::string_view sql,
                                            std::span<const Value> params = {});
};

struct Migration {
  int version;
  std::string name;
  std::string sql;
};

using TransactionBody = std::function<absl::Status(Connection&)>;

class Database {
 public:
  virtual ~Database() = default;
  // Applies the migrations not applied yet, in version order, each in its own
  // transaction; records them in schema_migrations.
  virtual absl::Status Migrate(const std::vector<Migration>& migrations) = 0;
  // Runs `body` in a read transaction (a consistent snapshot).
  virtual absl::Status Read(const TransactionBody& body) = 0;
  // Runs `body` in a write transaction: committed if it returns OK, rolled
  // back entirely otherwise, so a rejected request leaves nothing behind.
  virtual absl::Status Write(const TransactionBody& body) = 0;
  // A cheap round trip proving the store is usable.
  virtual absl::Status Ping() = 0;
  // The health probe: proves the store can be read and durably written by
  // committing one row of its own (per process) in storage_probe, which
  // Migrate() creates. Finds what a read cannot: a full or read-only disk, a
  // lock held elsewhere, a standby database.
  absl::Status Probe();
};

// Opens a database from a URL: "sqlite:/path/file.db" or a plain path for
// SQLite, "postgresql://..." for PostgreSQL, where `schema` (created if
// missing) keeps each service's tables apart in one database.
absl::StatusOr<std::unique_ptr<Database>> OpenDatabase(const std::string& url,
                                                       const std::string& schema = "veilig");

}  // namespace veilig::storage
