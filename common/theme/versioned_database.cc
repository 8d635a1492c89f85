#include "common/theme/versioned_database.h"

#include "common/storage/numbered_rows.h"
#include "common/storage/request_ids.h"

namespace veilig::theme {
namespace {

using storage::Connection;
using storage::Value;

// The figures' row; municipality codes (GMnnnn) never collide with it.
constexpr char kFiguresScope[] = "figures";

const storage::Migration& VersionsMigration() {
  // 50: between ThemeStore's numbers (below 50) and the extensions' (100 up).
  static const storage::Migration kMigration{50, "data versions per municipality", R"sql(
CREATE TABLE data_versions (
  scope TEXT PRIMARY KEY,
  version BIGINT NOT NULL
);
)sql"};
  return kMigration;
}

absl::Status CountUp(Connection& c, std::string_view scope) {
  return c.Execute(
      "INSERT INTO data_versions (scope, version) VALUES ($1, 1) "
      "ON CONFLICT (scope) DO UPDATE SET version = data_versions.version + 1",
      std::vector<Value>{std::string(scope)});
}

}  // namespace

absl::Status VersionedDatabase::Migrate(const std::vector<storage::Migration>& migrations) {
  std::vector<storage::Migration> all = {VersionsMigration(), storage::IdSequenceMigration(),
                                         storage::RequestIdMigration()};
  all.insert(all.end(), migrations.begin(), migrations.end());
  return inner_.Migrate(all);
}

absl::Status VersionedDatabase::Write(const WriteScope& scope,
                                      const storage::TransactionBody& body) {
  absl::Status written = inner_.Write([&](Connection& c) -> absl::Status {
    if (auto s = body(c); !s.ok()) return s;
    if (scope.figures) {
      if (auto s = CountUp(c, kFiguresScope); !s.ok()) return s;
    }
    if (!scope.municipality.empty()) return CountUp(c, scope.municipality);
    return absl::OkStatus();
  });
  if (written.ok() && committed_write_listener_) committed_write_listener_(scope);
  return written;
}

absl::StatusOr<DataVersions> VersionedDatabase::ReadVersions(Connection& c,
                                                             std::string_view municipality) {
  DataVersions versions;
  absl::Status s = c.Query(
      "SELECT scope, version FROM data_versions WHERE scope IN ($1, $2)",
      std::vector<Value>{std::string(kFiguresScope), std::string(municipality)},
      [&](const storage::Row& row) {
        (row.Text(0) == kFiguresScope ? versions.figures : versions.municipality) = row.Int(1);
        return absl::OkStatus();
      });
  if (!s.ok()) return s;
  return versions;
}

}  // namespace veilig::theme
