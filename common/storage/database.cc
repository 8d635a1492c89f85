#include "common/storage/database.h"

#include <unistd.h>

#include "absl/strings/match.h"
#include "absl/strings/str_join.h"
#include "common/domain/strings.h"
#include "common/storage/migrations.h"
#include "common/storage/postgres_database.h"
#include "common/storage/sqlite_database.h"

namespace veilig::storage {

int64_t Row::Int(size_t i) const {
  const Value& v = values_.at(i);
  if (const auto* n = std::get_if<int64_t>(&v)) return *n;
  if (const auto* d = std::get_if<double>(&v)) return static_cast<int64_t>(*d);
  return 0;
}

double Row::Double(size_t i) const {
  const Value& v = values_.at(i);
  if (const auto* d = std::get_if<double>(&v)) return *d;
  if (const auto* n = std::get_if<int64_t>(&v)) return static_cast<double>(*n);
  return 0.0;
}

std::string Row::Text(size_t i) const {
  const Value& v = values_.at(i);
  if (const auto* s = std::get_if<std::string>(&v)) return *s;
  if (const auto* n = std::get_if<int64_t>(&v)) return StrCat(*n);
  if (const auto* d = std::get_if<double>(&v)) return StrCat(*d);
  return "";
}

std::optional<int64_t> Row::OptionalInt(size_t i) const {
  if (IsNull(i)) return std::nullopt;
  return Int(i);
}

std::optional<double> Row::OptionalDouble(size_t i) const {
  if (IsNull(i)) return std::nullopt;
  return Double(i);
}

absl::StatusOr<std::vector<Row>> Connection::QueryAll(std::string_view sql,
                                                      std::span<const Value> params) {
  std::vector<Row> rows;
  absl::Status status = Query(sql, params, [&rows](const Row& row) {
    rows.push_back(row);
    return absl::OkStatus();
  });
  if (!status.ok()) return status;
  return rows;
}

absl::Status Database::Probe() {
  static const std::string prober = [] {
    char host[256] = {};
    gethostname(host, sizeof(host) - 1);
    return StrCat(host, ":", getpid());
  }();
  return Write([](Connection& c) {
    return c.Execute(
        "INSERT INTO storage_probe (prober, probed_at) VALUES ($1, $2)"
        " ON CONFLICT (prober) DO UPDATE SET probed_at = excluded.probed_at",
        std::vector<Value>{prober, NowUtc()});
  });
}

std::string UpsertStatement(const UpsertTarget& target, std::string_view source) {
  std::string sql =
      StrCat("INSERT INTO ", target.table, " (", absl::StrJoin(target.columns, ", "), ") ");
  if (source.empty()) {
    sql += "VALUES (";
    for (size_t i = 0; i < target.columns.size(); ++i) {
      sql += StrCat(i ? ", $" : "$", i + 1);
    }
    sql += ")";
  } else {
    sql += source;
  }
  std::vector<std::string> keys(target.columns.begin(),
                                target.columns.begin() + static_cast<long>(target.key_columns));
  sql += StrCat(" ON CONFLICT (", absl::StrJoin(keys, ", "), ")");
  if (target.key_columns == target.columns.size()) return sql + " DO NOTHING";
  sql += " DO UPDATE SET ";
  for (size_t i = target.key_columns; i < target.columns.size(); ++i) {
    const std::string& column = target.columns[i];
    sql += StrCat(i > target.key_columns ? ", " : "", column, " = excluded.", column);
  }
  return sql;
}

absl::Status Connection::UpsertRows(const UpsertTarget& target,
                                    std::span<const std::vector<Value>> rows) {
  const std::string sql = UpsertStatement(target);
  for (const auto& row : rows) {
    if (auto s = Execute(sql, row); !s.ok()) return s;
  }
  return absl::OkStatus();
}

absl::StatusOr<std::unique_ptr<Database>> OpenDatabase(const std::string& url,
                                                       const std::string& schema) {
  if (absl::StartsWith(url, "postgresql://") || absl::StartsWith(url, "postgres://")) {
    return PostgresDatabase::Open(url, schema);
  }
  std::string path = url;
  if (absl::StartsWith(path, "sqlite:")) path = path.substr(7);
  if (path.empty()) return absl::InvalidArgumentError("database: empty SQLite path");
  return SqliteDatabase::Open(path);
}

}  // namespace veilig::storage
