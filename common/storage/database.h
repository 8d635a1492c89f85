// The storage interface every service uses, whatever the backend: SQLite (a
// file per service, the embedded default) or PostgreSQL (a schema per service).
// SQL is written once in the subset both understand, with $1, $2, ...
// placeholders; statements are prepared once per connection and reused.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
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

// One result row. A value read as the wrong type, or a NULL read where a
// value is required, is never turned into 0 or "": the accessor returns a
// neutral value and records the problem, and the query that delivered the
// row fails with it once the row's callback returns.
class Row {
 public:
  explicit Row(std::vector<Value> values) : values_(std::move(values)) {}
  bool IsNull(size_t i) const;
  // An integer column (a real one only when it holds a whole number).
  int64_t Int(size_t i) const;
  // A number column, integer or real.
  double Double(size_t i) const;
  std::string Text(size_t i) const;
  std::optional<int64_t> OptionalInt(size_t i) const;
  std::optional<double> OptionalDouble(size_t i) const;
  size_t size() const { return values_.size(); }
  // The first problem an accessor met, or OK.
  const absl::Status& problem() const { return problem_; }

 private:
  const Value* At(size_t i, const char* wanted) const;
  void Problem(size_t i, const char* wanted, const char* found) const;

  std::vector<Value> values_;
  mutable absl::Status problem_;
};

using RowCallback = std::function<absl::Status(const Row&)>;

// Hands `row` to `on_row`; the first problem an accessor met while reading
// it, named with the statement that produced it, fails the query. Every
// backend delivers its rows through here.
absl::Status DeliverRow(const RowCallback& on_row, const Row& row, std::string_view sql);

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

  // The first row's first column, or nothing without a row.
  absl::StatusOr<std::optional<int64_t>> QueryInt(std::string_view sql,
                                                  std::span<const Value> params = {});
  absl::StatusOr<std::optional<std::string>> QueryText(std::string_view sql,
                                                       std::span<const Value> params = {});
  // Whether the query returns any row.
  absl::StatusOr<bool> Exists(std::string_view sql, std::span<const Value> params = {});
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
  absl::Status Write(const TransactionBody& body);
  // A cheap round trip proving the store is usable.
  virtual absl::Status Ping() = 0;
  // The health probe: proves the store can be read and durably written by
  // committing one row of its own (per process) in storage_probe, which
  // Migrate() creates. Finds what a read cannot: a full or read-only disk, a
  // lock held elsewhere, a standby database. The write happens at most once
  // per kWriteProbeInterval, or at every probe for that long after a
  // request's write failed in the store; probes in between only read, so an
  // idle server does not keep appending to the write-ahead log.
  absl::Status Probe() { return ProbeAt(std::chrono::steady_clock::now()); }
  absl::Status ProbeAt(std::chrono::steady_clock::time_point now);

  static constexpr std::chrono::seconds kWriteProbeInterval{60};

 protected:
  // The backend's write transaction, as Write describes it.
  virtual absl::Status WriteTransaction(const TransactionBody& body) = 0;

 private:
  std::mutex probe_mutex_;
  std::optional<std::chrono::steady_clock::time_point> last_write_probe_;
  // When a request's write last failed for a reason of the store's own (a
  // full disk, a lock held elsewhere): for an interval after it every probe
  // writes, as a failing store must show in health at once, and a single
  // small write may still fit where the request's did not.
  std::optional<std::chrono::steady_clock::time_point> last_write_failure_;
};

// Opens a database from a URL: "sqlite:/path/file.db" or a plain path for
// SQLite, "postgresql://..." for PostgreSQL, where `schema` (created if
// missing) keeps each service's tables apart in one database.
absl::StatusOr<std::unique_ptr<Database>> OpenDatabase(const std::string& url,
                                                       const std::string& schema = "veilig");

}  // namespace veilig::storage
