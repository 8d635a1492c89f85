// The theme database as the theme's stores see it: every write transaction
// also counts up data_version, in the same transaction. Caches keyed by that
// version (built sections, group figures) therefore never serve data older
// than the last committed write, whichever store made it and whichever
// replica on the same database.
#pragma once

#include "common/storage/database.h"

namespace veilig::theme {

class VersionedDatabase final : public storage::Database {
 public:
  // `inner` must outlive this and hold ThemeStore's migrations (data_version).
  explicit VersionedDatabase(storage::Database& inner) : inner_(inner) {}

  // Migrations are not data: they run on the inner database, unversioned.
  absl::Status Migrate(const std::vector<storage::Migration>& migrations) override {
    return inner_.Migrate(migrations);
  }
  absl::Status Read(const storage::TransactionBody& body) override { return inner_.Read(body); }
  absl::Status Write(const storage::TransactionBody& body) override;
  absl::Status Ping() override { return inner_.Ping(); }

 private:
  storage::Database& inner_;
};

}  // namespace veilig::theme
