// The SQLite backend: WAL mode, a small pool of connections (readers run in
// parallel, writers take turns), prepared statements cached per connection.
#pragma once

#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "common/storage/database.h"

namespace veilig::storage {

class SqliteConnection;

class SqliteDatabase final : public Database {
 public:
  static absl::StatusOr<std::unique_ptr<Database>> Open(const std::string& path, int pool_size = 4);
  ~SqliteDatabase() override;

  absl::Status Migrate(const std::vector<Migration>& migrations) override;
  absl::Status Read(const TransactionBody& body) override;
  absl::Status Ping() override;

 protected:
  absl::Status WriteTransaction(const TransactionBody& body) override;

 private:
  SqliteDatabase() = default;
  std::unique_ptr<SqliteConnection> Acquire();
  void Release(std::unique_ptr<SqliteConnection> connection);
  absl::Status InTransaction(const char* begin, const TransactionBody& body);

  std::mutex pool_mutex_;
  std::condition_variable pool_available_;
  std::vector<std::unique_ptr<SqliteConnection>> pool_;
  // SQLite allows one writer at a time; taking turns here instead of in
  // SQLite's busy handler keeps writers fair and never returns SQLITE_BUSY.
  std::mutex write_mutex_;
};

}  // namespace veilig::storage
