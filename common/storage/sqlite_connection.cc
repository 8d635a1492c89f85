#include "common/storage/sqlite_connection.h"

#include "absl/strings/numbers.h"
#include "common/domain/strings.h"

namespace veilig::storage {
namespace {

// Resets a statement when the scope ends, whatever path leaves it.
class StatementReset {
 public:
  explicit StatementReset(sqlite3_stmt* statement) : statement_(statement) {}
  ~StatementReset() {
    sqlite3_reset(statement_);
    sqlite3_clear_bindings(statement_);
  }

 private:
  sqlite3_stmt* statement_;
};

Value ColumnValue(sqlite3_stmt* statement, int column) {
  switch (sqlite3_column_type(statement, column)) {
    case SQLITE_INTEGER:
      return static_cast<int64_t>(sqlite3_column_int64(statement, column));
    case SQLITE_FLOAT:
      return sqlite3_column_double(statement, column);
    case SQLITE_NULL:
      return std::monostate{};
    default: {
      const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, column));
      return std::string(text, sqlite3_column_bytes(statement, column));
    }
  }
}

}  // namespace

absl::StatusOr<std::unique_ptr<SqliteConnection>> SqliteConnection::Open(const std::string& path) {
  // Without memory statistics SQLite's allocator takes no global mutex: a
  // lock and an unlock per allocation were 7% of a streamed import. Only
  // possible before SQLite initialises; a later call changes nothing.
  static const int memory_statistics_off = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
  (void)memory_statistics_off;
  sqlite3* db = nullptr;
  const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
  if (sqlite3_open_v2(path.c_str(), &db, flags, nullptr) != SQLITE_OK) {
    std::string message = db ? sqlite3_errmsg(db) : "out of memory";
    sqlite3_close(db);
    return absl::UnavailableError(StrCat("cannot open SQLite database ", path, ": ", message));
  }
  auto connection = std::unique_ptr<SqliteConnection>(new SqliteConnection(db));
  sqlite3_busy_timeout(db, 5000);
  absl::Status status = connection->ExecuteScript(
      "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;");
  if (!status.ok()) return status;
  return connection;
}

SqliteConnection::~SqliteConnection() {
  for (auto& [sql, prepared] : statements_) sqlite3_finalize(prepared.statement);
  sqlite3_close(db_);
}

absl::Status SqliteConnection::Error(std::string_view what) const {
  return StatusFor(sqlite3_extended_errcode(db_), sqlite3_errmsg(db_), what);
}

absl::Status SqliteConnection::StatusFor(int code, std::string_view message,
                                         std::string_view what) {
  // The caller and the log see what went wrong with the store first, and
  // where in SQLite second: "storage: database is locked (SQLite step)".
  std::string text = StrCat("storage: ", message, " (SQLite ", what, ")");
  switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_FULL:
    case SQLITE_IOERR:
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
    case SQLITE_NOMEM:
      // Conditions that pass: a lock released, space freed, a disk remounted.
      return absl::UnavailableError(text);
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return absl::DataLossError(text);
    case SQLITE_CONSTRAINT:
      return absl::FailedPreconditionError(text);
    default:
      return absl::InternalError(text);
  }
}

absl::StatusOr<const SqliteConnection::Prepared*> SqliteConnection::Prepare(std::string_view sql) {
  if (auto it = statements_.find(sql); it != statements_.end()) return &it->second;
  sqlite3_stmt* statement = nullptr;
  if (sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                         &statement, nullptr) != SQLITE_OK) {
    return Error("prepare");
  }
  // Placeholders are written $1, $2, ... as PostgreSQL wants them; SQLite
  // treats them as named parameters and numbers them in order of first use.
  Prepared prepared{statement, {}};
  for (int index = 1; index <= sqlite3_bind_parameter_count(statement); ++index) {
    const char* name = sqlite3_bind_parameter_name(statement, index);
    int n = 0;
    if (name == nullptr || name[0] != '$' || !absl::SimpleAtoi(name + 1, &n) || n < 1) continue;
    if (prepared.index_of.size() < static_cast<size_t>(n)) prepared.index_of.resize(n, 0);
    prepared.index_of[n - 1] = index;
  }
  return &statements_.emplace(std::string(sql), std::move(prepared)).first->second;
}

absl::Status SqliteConnection::Bind(const Prepared& prepared, std::span<const Value> params) {
  sqlite3_stmt* statement = prepared.statement;
  for (size_t i = 0; i < params.size() && i < prepared.index_of.size(); ++i) {
    const int index = prepared.index_of[i];
    if (index == 0) continue;  // parameter not used by this statement
    int rc = SQLITE_OK;
    const Value& value = params[i];
    if (std::holds_alternative<std::monostate>(value)) {
      rc = sqlite3_bind_null(statement, index);
    } else if (const auto* n = std::get_if<int64_t>(&value)) {
      rc = sqlite3_bind_int64(statement, index, *n);
    } else if (const auto* d = std::get_if<double>(&value)) {
      rc = sqlite3_bind_double(statement, index, *d);
    } else {
      const auto& s = std::get<std::string>(value);
      rc = sqlite3_bind_text(statement, index, s.data(), static_cast<int>(s.size()),
                             SQLITE_TRANSIENT);
    }
    if (rc != SQLITE_OK) return Error("bind");
  }
  return absl::OkStatus();
}

absl::Status SqliteConnection::Execute(std::string_view sql, std::span<const Value> params) {
  return Query(sql, params, [](const Row&) { return absl::OkStatus(); });
}

absl::Status SqliteConnection::Query(std::string_view sql, std::span<const Value> params,
                                     const RowCallback& on_row) {
  auto prepared = Prepare(sql);
  if (!prepared.ok()) return prepared.status();
  sqlite3_stmt* statement = (*prepared)->statement;
  StatementReset reset(statement);
  if (absl::Status status = Bind(**prepared, params); !status.ok()) return status;
  const int columns = sqlite3_column_count(statement);
  while (true) {
    const int rc = sqlite3_step(statement);
    if (rc == SQLITE_DONE) return absl::OkStatus();
    if (rc != SQLITE_ROW) return Error("step");
    std::vector<Value> values;
    values.reserve(columns);
    for (int c = 0; c < columns; ++c) values.push_back(ColumnValue(statement, c));
    if (absl::Status status = DeliverRow(on_row, Row(std::move(values)), sql); !status.ok()) {
      return status;
    }
  }
}

absl::Status SqliteConnection::ExecuteScript(std::string_view sql) {
  const std::string script(sql);
  char* message = nullptr;
  if (const int rc = sqlite3_exec(db_, script.c_str(), nullptr, nullptr, &message);
      rc != SQLITE_OK) {
    std::string text = message ? message : sqlite3_errstr(rc);
    sqlite3_free(message);
    return StatusFor(sqlite3_extended_errcode(db_), text, "script");
  }
  return absl::OkStatus();
}

}  // namespace veilig::storage
