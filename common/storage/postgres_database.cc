#include "common/storage/postgres_database.h"

#include "common/domain/strings.h"
#include "common/storage/migrations.h"
#include "common/storage/postgres_connection.h"

namespace veilig::storage {
namespace {

// A write that lost a serialization conflict is run again from the start.
constexpr int kWriteAttempts = 5;

}  // namespace

absl::StatusOr<std::unique_ptr<Database>> PostgresDatabase::Open(const std::string& url,
                                                                 const std::string& schema,
                                                                 int pool_size) {
  auto database = std::unique_ptr<PostgresDatabase>(new PostgresDatabase());
  database->schema_ = schema;
  for (int i = 0; i < pool_size; ++i) {
    auto connection = PostgresConnection::Open(url, schema);
    if (!connection.ok()) return connection.status();
    database->pool_.push_back(std::move(*connection));
  }
  return database;
}

PostgresDatabase::~PostgresDatabase() = default;

std::unique_ptr<PostgresConnection> PostgresDatabase::Acquire() {
  std::unique_lock lock(pool_mutex_);
  pool_available_.wait(lock, [this] { return !pool_.empty(); });
  auto connection = std::move(pool_.back());
  pool_.pop_back();
  return connection;
}

void PostgresDatabase::Release(std::unique_ptr<PostgresConnection> connection) {
  {
    std::lock_guard lock(pool_mutex_);
    pool_.push_back(std::move(connection));
  }
  pool_available_.notify_one();
}

absl::Status PostgresDatabase::InTransaction(const char* begin, const TransactionBody& body) {
  auto connection = Acquire();
  // A server that went away and came back gets a fresh session.
  if (connection->broken()) {
    if (auto s = connection->Reset(); !s.ok()) {
      Release(std::move(connection));
      return s;
    }
  }
  absl::Status status = connection->ExecuteScript(begin);
  if (!status.ok() && connection->broken()) {
    // The server went away since this connection was last used: one fresh
    // session before giving up, as nothing of the transaction has run yet.
    status = connection->Reset();
    if (status.ok()) status = connection->ExecuteScript(begin);
  }
  if (status.ok()) {
    status = body(*connection);
    if (status.ok()) status = connection->ExecuteScript("COMMIT");
    if (!status.ok()) connection->ExecuteScript("ROLLBACK").IgnoreError();
  }
  Release(std::move(connection));
  return status;
}

absl::Status PostgresDatabase::Read(const TransactionBody& body) {
  return InTransaction("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", body);
}

absl::Status PostgresDatabase::WriteTransaction(const TransactionBody& body) {
  absl::Status status;
  for (int attempt = 0; attempt < kWriteAttempts; ++attempt) {
    status = InTransaction("BEGIN ISOLATION LEVEL SERIALIZABLE", body);
    if (!IsSerializationFailure(status)) return status;
  }
  return status;
}

absl::Status PostgresDatabase::Ping() {
  return Read([](Connection& c) { return c.Execute("SELECT 1"); });
}

absl::Status PostgresDatabase::Migrate(const std::vector<Migration>& migrations) {
  // Replicas starting together take turns: one applies, the others find it done.
  return ApplyMigrations(*this, migrations,
                         StrCat("SELECT pg_advisory_xact_lock(hashtext('veilig:", schema_, "'))"));
}

}  // namespace veilig::storage
