#include "common/storage/migrations.h"

#include <chrono>
#include <ctime>

#include "common/domain/strings.h"

namespace veilig::storage {

std::string NowUtc() {
  const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm utc{};
  gmtime_r(&now, &utc);
  char text[32];
  std::strftime(text, sizeof(text), "%Y-%m-%dT%H:%M:%SZ", &utc);
  return text;
}

absl::Status ApplyMigrations(Database& database, const std::vector<Migration>& migrations,
                             std::string_view lock_sql) {
  const std::string lock(lock_sql);
  absl::Status status = database.Write([&lock](Connection& c) -> absl::Status {
    if (!lock.empty()) {
      if (auto s = c.Execute(lock); !s.ok()) return s;
    }
    return c.ExecuteScript(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL);"
        "CREATE TABLE IF NOT EXISTS storage_probe ("
        " prober TEXT PRIMARY KEY, probed_at TEXT NOT NULL)");
  });
  if (!status.ok()) return status;
  for (const Migration& migration : migrations) {
    status = database.Write([&](Connection& c) -> absl::Status {
      if (!lock.empty()) {
        if (auto s = c.Execute(lock); !s.ok()) return s;
      }
      auto applied = c.QueryText("SELECT name FROM schema_migrations WHERE version = $1",
                                 std::vector<Value>{static_cast<int64_t>(migration.version)});
      if (!applied.ok()) return applied.status();
      // A number recorded under another name is another migration: skipping
      // it would leave this one's tables missing without a word.
      if (applied->has_value() && **applied != migration.name) {
        return absl::FailedPreconditionError(
            StrCat("migration ", migration.version, " is recorded as '", **applied,
                   "' but this build names it '", migration.name,
                   "': two migrations share a number; give the newer one its own"));
      }
      if (applied->has_value()) return absl::OkStatus();
      if (absl::Status s = c.ExecuteScript(migration.sql); !s.ok()) {
        return absl::InternalError(StrCat("migration ", migration.version, " (", migration.name,
                                          "): ", View(s.message())));
      }
      return c.Execute(
          "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)",
          std::vector<Value>{static_cast<int64_t>(migration.version), migration.name, NowUtc()});
    });
    if (!status.ok()) return status;
  }
  return absl::OkStatus();
}

}  // namespace veilig::storage
