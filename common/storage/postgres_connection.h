// One libpq connection with its prepared statements.
#pragma once

#include <libpq-fe.h>

#include <map>
#include <string>

#include "common/storage/database.h"

namespace veilig::storage {

class PostgresConnection final : public Connection {
 public:
  static absl::StatusOr<std::unique_ptr<PostgresConnection>> Open(const std::string& url,
                                                                  const std::string& schema);
  ~PostgresConnection() override;

  absl::Status Execute(std::string_view sql, std::span<const Value> params = {}) override;
  absl::Status Query(std::string_view sql, std::span<const Value> params,
                     const RowCallback& on_row) override;
  absl::Status ExecuteScript(std::string_view sql) override;
  // COPYs the rows into a temporary twin of the table and merges them with
  // one INSERT ... ON CONFLICT: a round trip per batch instead of per row.
  absl::Status UpsertRows(const UpsertTarget& target,
                          std::span<const std::vector<Value>> rows) override;

  // True when the server went away; the pool then replaces the connection.
  bool broken() const { return PQstatus(conn_) != CONNECTION_OK; }
  // Reconnects a broken connection in place.
  absl::Status Reset();

 private:
  PostgresConnection(PGconn* conn, std::string schema) : conn_(conn), schema_(std::move(schema)) {}
  absl::StatusOr<std::string> Prepare(std::string_view sql);
  absl::Status Error(std::string_view what, const PGresult* result) const;
  absl::Status UseSchema();
  absl::Status CopyIn(std::string_view copy_statement, std::string_view data);

  PGconn* conn_;
  std::string schema_;
  std::map<std::string, std::string, std::less<>> statements_;
};

// Whether a status came from a serialization failure worth retrying.
bool IsSerializationFailure(const absl::Status& status);

}  // namespace veilig::storage
