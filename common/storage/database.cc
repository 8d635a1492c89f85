#include "common/storage/database.h"

#include "absl/strings/match.h"
#include "common/domain/strings.h"
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
