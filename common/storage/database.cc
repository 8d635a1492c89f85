#include "common/storage/database.h"

#include <unistd.h>

#include <cmath>

#include "absl/strings/match.h"
#include "absl/strings/str_join.h"
#include "common/domain/strings.h"
#include "common/storage/migrations.h"
#include "common/storage/postgres_database.h"
#include "common/storage/sqlite_database.h"

namespace veilig::storage {

bool Row::IsNull(size_t i) const {
  return i < values_.size() && std::holds_alternative<std::monostate>(values_[i]);
}

void Row::Problem(size_t i, const char* wanted, const char* found) const {
  if (problem_.ok()) {
    problem_ = absl::DataLossError(
        StrCat("storage: column ", i + 1, " holds ", found, " where ", wanted, " was expected"));
  }
}

const Value* Row::At(size_t i, const char* wanted) const {
  if (i >= values_.size()) {
    Problem(i, wanted, "nothing (the row is shorter)");
    return nullptr;
  }
  if (std::holds_alternative<std::monostate>(values_[i])) {
    Problem(i, wanted, "NULL");
    return nullptr;
  }
  return &values_[i];
}

int64_t Row::Int(size_t i) const {
  const Value* v = At(i, "an integer");
  if (v == nullptr) return 0;
  if (const auto* n = std::get_if<int64_t>(v)) return *n;
  if (const auto* d = std::get_if<double>(v); d != nullptr && *d == std::trunc(*d)) {
    return static_cast<int64_t>(*d);
  }
  Problem(i, "an integer", std::holds_alternative<double>(*v) ? "a fraction" : "text");
  return 0;
}

double Row::Double(size_t i) const {
  const Value* v = At(i, "a number");
  if (v == nullptr) return 0.0;
  if (const auto* d = std::get_if<double>(v)) return *d;
  if (const auto* n = std::get_if<int64_t>(v)) return static_cast<double>(*n);
  Problem(i, "a number", "text");
  return 0.0;
}

std::string Row::Text(size_t i) const {
  const Value* v = At(i, "text");
  if (v == nullptr) return "";
  if (const auto* s = std::get_if<std::string>(v)) return *s;
  Problem(i, "text", "a number");
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

absl::Status DeliverRow(const RowCallback& on_row, const Row& row, std::string_view sql) {
  absl::Status status = on_row(row);
  if (!status.ok() || row.problem().ok()) return status;
  return absl::Status(row.problem().code(),
                      StrCat(View(row.problem().message()), " in the result of: ", sql));
}

namespace {

// The first row's first column as `read` takes it, or nothing without a row.
template <typename T>
absl::StatusOr<std::optional<T>> QueryFirst(Connection& c, std::string_view sql,
                                            std::span<const Value> params,
                                            T (Row::*read)(size_t) const) {
  std::optional<T> value;
  absl::Status status = c.Query(sql, params, [&value, read](const Row& row) {
    if (!value.has_value()) value = (row.*read)(0);
    return absl::OkStatus();
  });
  if (!status.ok()) return status;
  return value;
}

}  // namespace

absl::StatusOr<std::optional<int64_t>> Connection::QueryInt(std::string_view sql,
                                                            std::span<const Value> params) {
  return QueryFirst(*this, sql, params, &Row::Int);
}

absl::StatusOr<std::optional<std::string>> Connection::QueryText(std::string_view sql,
                                                                 std::span<const Value> params) {
  return QueryFirst(*this, sql, params, &Row::Text);
}

absl::StatusOr<bool> Connection::Exists(std::string_view sql, std::span<const Value> params) {
  bool any = false;
  absl::Status status = Query(sql, params, [&any](const Row&) {
    any = true;
    return absl::OkStatus();
  });
  if (!status.ok()) return status;
  return any;
}

namespace {

// The codes a store failure comes back with, as against a request the body
// itself refused (invalid, missing, conflicting).
bool IsStoreFailure(const absl::Status& status) {
  switch (status.code()) {
    case absl::StatusCode::kUnavailable:
    case absl::StatusCode::kResourceExhausted:
    case absl::StatusCode::kDataLoss:
    case absl::StatusCode::kInternal:
    case absl::StatusCode::kUnknown:
      return true;
    default:
      return false;
  }
}

}  // namespace

absl::Status Database::Write(const TransactionBody& body) {
  absl::Status status = WriteTransaction(body);
  if (IsStoreFailure(status)) {
    std::lock_guard lock(probe_mutex_);
    last_write_failure_ = std::chrono::steady_clock::now();
  }
  return status;
}

absl::Status Database::ProbeAt(std::chrono::steady_clock::time_point now) {
  static const std::string prober = [] {
    char host[256] = {};
    gethostname(host, sizeof(host) - 1);
    return StrCat(host, ":", getpid());
  }();
  {
    std::lock_guard lock(probe_mutex_);
    const bool failing =
        last_write_failure_.has_value() && now - *last_write_failure_ < kWriteProbeInterval;
    if (!failing && last_write_probe_.has_value() &&
        now - *last_write_probe_ < kWriteProbeInterval) {
      return Read([](Connection& c) { return c.Exists("SELECT 1 FROM storage_probe").status(); });
    }
  }
  absl::Status status = WriteTransaction([](Connection& c) {
    return c.Execute(
        "INSERT INTO storage_probe (prober, probed_at) VALUES ($1, $2)"
        " ON CONFLICT (prober) DO UPDATE SET probed_at = excluded.probed_at",
        std::vector<Value>{prober, NowUtc()});
  });
  std::lock_guard lock(probe_mutex_);
  if (status.ok()) {
    last_write_probe_ = now;
  } else {
    // The next probe writes again, so a disk that recovers is seen at once.
    last_write_probe_.reset();
  }
  return status;
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
