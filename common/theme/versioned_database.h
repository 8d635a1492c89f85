// The theme database as the theme's stores see it: every write names the
// data it changes — the shared figures, or one municipality's own records —
// and counts up that scope's version in the same transaction. Caches keyed by
// those versions (built sections, group figures) therefore never serve data
// older than the last committed write, whichever store made it and whichever
// replica on the same database, while a write in one municipality leaves
// every other municipality's cached sections in place. Writers of different
// municipalities also never contend on one version row.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "common/storage/database.h"
#include "common/theme/data_versions.h"

namespace veilig::theme {

// What a write changes.
struct WriteScope {
  bool figures = false;
  // A municipality's CBS code; empty when the write touches none's records.
  std::string municipality;

  static WriteScope Figures() { return {true, ""}; }
  static WriteScope Owned(std::string municipality) { return {false, std::move(municipality)}; }
};

class VersionedDatabase {
 public:
  explicit VersionedDatabase(storage::Database& inner) : inner_(inner) {}

  // Applies the version table's own migration, then `migrations`; on the
  // inner database, unversioned (migrations are not data).
  absl::Status Migrate(const std::vector<storage::Migration>& migrations);
  absl::Status Read(const storage::TransactionBody& body) { return inner_.Read(body); }
  absl::Status Write(const WriteScope& scope, const storage::TransactionBody& body);
  // Called after each committed Write(), on the writer's thread. Set before
  // serving; caches in memory use it to forget what the write made stale.
  void OnCommittedWrite(std::function<void(const WriteScope&)> listener) {
    committed_write_listener_ = std::move(listener);
  }

  // The versions of the figures and of `municipality`'s records, inside a
  // caller's transaction; 0 for a scope never written.
  static absl::StatusOr<DataVersions> ReadVersions(storage::Connection& c,
                                                   std::string_view municipality);

 private:
  storage::Database& inner_;
  std::function<void(const WriteScope&)> committed_write_listener_;
};

}  // namespace veilig::theme
