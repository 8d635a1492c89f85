// The PostgreSQL backend: a pool of libpq connections, each service in a
// schema of its own, statements prepared once per connection, serializable
// write transactions retried on serialization failures.
#pragma once

#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "common/storage/database.h"

namespace veilig::storage {

class PostgresConnection;

class PostgresDatabase final : public Database {
 public:
  // `url` is a libpq connection URI (postgresql://user@host:port/db);
  // `schema` is created if missing and put first on the search path.
  static absl::StatusOr<std::unique_ptr<Database>> Open(const std::string& url,
                                                        const std::string& schema,
                                                        int pool_size = 4);
  ~PostgresDatabase() override;

  absl::Status Migrate(const std::vector<Migration>& migrations) override;
  absl::Status Read(const TransactionBody& body) override;
  absl::Status Ping() override;

 protected:
  absl::Status WriteTransaction(const TransactionBody& body) override;

 private:
  PostgresDatabase() = default;
  std::unique_ptr<PostgresConnection> Acquire();
  void Release(std::unique_ptr<PostgresConnection> connection);
  absl::Status InTransaction(const char* begin, const TransactionBody& body);

  std::string schema_;
  std::mutex pool_mutex_;
  std::condition_variable pool_available_;
  std::vector<std::unique_ptr<PostgresConnection>> pool_;
};

}  // namespace veilig::storage
