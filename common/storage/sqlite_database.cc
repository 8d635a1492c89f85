#include "common/storage/sqlite_database.h"

#include "common/domain/strings.h"
#include "common/storage/sqlite_connection.h"

namespace veilig::storage {

absl::StatusOr<std::unique_ptr<Database>> SqliteDatabase::Open(const std::string& path,
                                                               int pool_size) {
  auto database = std::unique_ptr<SqliteDatabase>(new SqliteDatabase());
  for (int i = 0; i < pool_size; ++i) {
    auto connection = SqliteConnection::Open(path);
    if (!connection.ok()) return connection.status();
    database->pool_.push_back(std::move(*connection));
  }
  return database;
}

SqliteDatabase::~SqliteDatabase() = default;

std::unique_ptr<SqliteConnection> SqliteDatabase::Acquire() {
  std::unique_lock lock(pool_mutex_);
  pool_available_.wait(lock, [this] { return !pool_.empty(); });
  auto connection = std::move(pool_.back());
  pool_.pop_back();
  return connection;
}

void SqliteDatabase::Release(std::unique_ptr<SqliteConnection> connection) {
  {
    std::lock_guard lock(pool_mutex_);
    pool_.push_back(std::move(connection));
  }
  pool_available_.notify_one();
}

absl::Status SqliteDatabase::InTransaction(const char* begin, const TransactionBody& body) {
  auto connection = Acquire();
  absl::Status status = connection->ExecuteScript(begin);
  if (status.ok()) {
    status = body(*connection);
    if (status.ok()) {
      status = connection->ExecuteScript("COMMIT");
    }
    if (!status.ok()) {
      // ROLLBACK fails harmlessly when COMMIT already ended the transaction.
      connection->ExecuteScript("ROLLBACK").IgnoreError();
    }
  }
  Release(std::move(connection));
  return status;
}

absl::Status SqliteDatabase::Read(const TransactionBody& body) {
  return InTransaction("BEGIN DEFERRED", body);
}

absl::Status SqliteDatabase::Write(const TransactionBody& body) {
  std::lock_guard lock(write_mutex_);
  return InTransaction("BEGIN IMMEDIATE", body);
}

absl::Status SqliteDatabase::Ping() {
  return Read([](Connection& c) { return c.Execute("SELECT 1"); });
}

absl::Status SqliteDatabase::Migrate(const std::vector<Migration>& migrations) {
  absl::Status status = Write([](Connection& c) {
    return c.ExecuteScript(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
  });
  if (!status.ok()) return status;
  for (const Migration& migration : migrations) {
    status = Write([&migration](Connection& c) -> absl::Status {
      auto applied = c.QueryAll("SELECT 1 FROM schema_migrations WHERE version = $1",
                                std::vector<Value>{static_cast<int64_t>(migration.version)});
      if (!applied.ok()) return applied.status();
      if (!applied->empty()) return absl::OkStatus();
      if (absl::Status s = c.ExecuteScript(migration.sql); !s.ok()) {
        return absl::InternalError(
            StrCat("migration ", migration.version, " (", migration.name, "): ", s.message()));
      }
      return c.Execute(
          "INSERT INTO schema_migrations (version, name, applied_at) "
          "VALUES ($1, $2, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))",
          std::vector<Value>{static_cast<int64_t>(migration.version), migration.name});
    });
    if (!status.ok()) return status;
  }
  return absl::OkStatus();
}

}  // namespace veilig::storage
