#include "common/storage/postgres_connection.h"

#include <charconv>
#include <cstdlib>
#include <unordered_map>

#include "absl/strings/str_join.h"
#include "common/domain/strings.h"

namespace veilig::storage {
namespace {

// Type OIDs of the result columns Veilig's schemas produce.
constexpr Oid kBool = 16, kInt8 = 20, kInt2 = 21, kInt4 = 23, kFloat4 = 700, kFloat8 = 701,
              kNumeric = 1700;

// Frees a PGresult whatever path leaves the scope.
struct ResultDeleter {
  void operator()(PGresult* r) const { PQclear(r); }
};
using Result = std::unique_ptr<PGresult, ResultDeleter>;

std::string DoubleText(double value) {
  char buffer[32];
  auto [end, ec] = std::to_chars(buffer, buffer + sizeof(buffer), value);
  return std::string(buffer, end);
}

// Below this many rows a COPY costs more round trips than it saves.
constexpr size_t kMinRowsForCopy = 32;

// Appends `value` in COPY's text format: \N for NULL, backslash escapes.
void AppendCopyField(const Value& value, std::string& out) {
  if (std::holds_alternative<std::monostate>(value)) {
    out += "\\N";
  } else if (const auto* n = std::get_if<int64_t>(&value)) {
    out += std::to_string(*n);
  } else if (const auto* d = std::get_if<double>(&value)) {
    out += DoubleText(*d);
  } else {
    for (char c : std::get<std::string>(value)) {
      switch (c) {
        case '\\':
          out += "\\\\";
          break;
        case '\t':
          out += "\\t";
          break;
        case '\n':
          out += "\\n";
          break;
        case '\r':
          out += "\\r";
          break;
        default:
          out += c;
      }
    }
  }
}

// The rows to write, keeping only the last row of each key: one INSERT ...
// SELECT may not update the same row twice.
std::vector<const std::vector<Value>*> LastRowPerKey(const UpsertTarget& target,
                                                     std::span<const std::vector<Value>> rows) {
  std::unordered_map<std::string, size_t> last;
  std::vector<std::string> keys(rows.size());
  for (size_t r = 0; r < rows.size(); ++r) {
    for (size_t k = 0; k < target.key_columns; ++k) {
      AppendCopyField(rows[r][k], keys[r]);
      keys[r] += '\t';
    }
    last[keys[r]] = r;
  }
  std::vector<const std::vector<Value>*> kept;
  kept.reserve(last.size());
  for (size_t r = 0; r < rows.size(); ++r) {
    if (last[keys[r]] == r) kept.push_back(&rows[r]);
  }
  return kept;
}

Value CellValue(const PGresult* result, int row, int column) {
  if (PQgetisnull(result, row, column)) return std::monostate{};
  const char* text = PQgetvalue(result, row, column);
  switch (PQftype(result, column)) {
    case kInt2:
    case kInt4:
    case kInt8:
      return static_cast<int64_t>(std::strtoll(text, nullptr, 10));
    case kFloat4:
    case kFloat8:
    case kNumeric:
      return std::strtod(text, nullptr);
    case kBool:
      return static_cast<int64_t>(text[0] == 't' ? 1 : 0);
    default:
      return std::string(text, PQgetlength(result, row, column));
  }
}

}  // namespace

bool IsSerializationFailure(const absl::Status& status) {
  return status.code() == absl::StatusCode::kAborted;
}

absl::StatusOr<std::unique_ptr<PostgresConnection>> PostgresConnection::Open(
    const std::string& url, const std::string& schema) {
  PGconn* conn = PQconnectdb(url.c_str());
  if (PQstatus(conn) != CONNECTION_OK) {
    std::string message = PQerrorMessage(conn);
    PQfinish(conn);
    while (!message.empty() && message.back() == '\n') message.pop_back();
    return absl::UnavailableError(StrCat("cannot connect to PostgreSQL: ", message));
  }
  auto connection = std::unique_ptr<PostgresConnection>(new PostgresConnection(conn, schema));
  if (auto s = connection->UseSchema(); !s.ok()) return s;
  return connection;
}

PostgresConnection::~PostgresConnection() { PQfinish(conn_); }

absl::Status PostgresConnection::UseSchema() {
  // The schema name comes from configuration, never from a request; quote it
  // all the same.
  char* quoted = PQescapeIdentifier(conn_, schema_.c_str(), schema_.size());
  if (quoted == nullptr) return Error("schema name", nullptr);
  const std::string identifier = quoted;
  PQfreemem(quoted);
  return ExecuteScript(StrCat("SET client_min_messages TO warning; CREATE SCHEMA IF NOT EXISTS ",
                              identifier, "; SET search_path TO ", identifier, ";"));
}

absl::Status PostgresConnection::Reset() {
  PQreset(conn_);
  statements_.clear();
  if (PQstatus(conn_) != CONNECTION_OK) return Error("reconnect", nullptr);
  return UseSchema();
}

absl::Status PostgresConnection::Error(std::string_view what, const PGresult* result) const {
  std::string message = result != nullptr ? PQresultErrorMessage(result) : PQerrorMessage(conn_);
  while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
  message = StrCat("storage: ", message, " (PostgreSQL ", what, ")");
  const char* state = result != nullptr ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
  const std::string sqlstate = state != nullptr ? state : "";
  if (PQstatus(conn_) != CONNECTION_OK || sqlstate.starts_with("08") ||
      sqlstate.starts_with("57") || sqlstate.starts_with("53")) {
    return absl::UnavailableError(message);
  }
  if (sqlstate == "40001" || sqlstate == "40P01") return absl::AbortedError(message);
  if (sqlstate.starts_with("23")) return absl::FailedPreconditionError(message);
  return absl::InternalError(message);
}

absl::StatusOr<std::string> PostgresConnection::Prepare(std::string_view sql) {
  if (auto it = statements_.find(sql); it != statements_.end()) return it->second;
  const std::string name = StrCat("v", statements_.size() + 1);
  Result result(PQprepare(conn_, name.c_str(), std::string(sql).c_str(), 0, nullptr));
  if (PQresultStatus(result.get()) != PGRES_COMMAND_OK) return Error("prepare", result.get());
  statements_.emplace(std::string(sql), name);
  return name;
}

absl::Status PostgresConnection::Execute(std::string_view sql, std::span<const Value> params) {
  return Query(sql, params, [](const Row&) { return absl::OkStatus(); });
}

absl::Status PostgresConnection::Query(std::string_view sql, std::span<const Value> params,
                                       const RowCallback& on_row) {
  auto name = Prepare(sql);
  if (!name.ok()) return name.status();
  // Parameters travel as text; the server infers their types from the statement.
  std::vector<std::string> texts(params.size());
  std::vector<const char*> values(params.size(), nullptr);
  for (size_t i = 0; i < params.size(); ++i) {
    const Value& v = params[i];
    if (std::holds_alternative<std::monostate>(v)) continue;
    if (const auto* n = std::get_if<int64_t>(&v)) {
      texts[i] = std::to_string(*n);
    } else if (const auto* d = std::get_if<double>(&v)) {
      texts[i] = DoubleText(*d);
    } else {
      texts[i] = std::get<std::string>(v);
    }
    values[i] = texts[i].c_str();
  }
  Result result(PQexecPrepared(conn_, name->c_str(), static_cast<int>(params.size()), values.data(),
                               nullptr, nullptr, 0));
  const ExecStatusType status = PQresultStatus(result.get());
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
    return Error("query", result.get());
  }
  const int rows = PQntuples(result.get()), columns = PQnfields(result.get());
  for (int r = 0; r < rows; ++r) {
    std::vector<Value> row;
    row.reserve(columns);
    for (int c = 0; c < columns; ++c) row.push_back(CellValue(result.get(), r, c));
    if (auto s = DeliverRow(on_row, Row(std::move(row)), sql); !s.ok()) return s;
  }
  return absl::OkStatus();
}

absl::Status PostgresConnection::ExecuteScript(std::string_view sql) {
  Result result(PQexec(conn_, std::string(sql).c_str()));
  const ExecStatusType status = PQresultStatus(result.get());
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
    return Error("SQL script failed", result.get());
  }
  return absl::OkStatus();
}

absl::Status PostgresConnection::CopyIn(std::string_view copy_statement, std::string_view data) {
  Result start(PQexec(conn_, std::string(copy_statement).c_str()));
  if (PQresultStatus(start.get()) != PGRES_COPY_IN) return Error("copy", start.get());
  constexpr size_t kChunk = 1 << 16;
  for (size_t offset = 0; offset < data.size(); offset += kChunk) {
    const size_t size = std::min(kChunk, data.size() - offset);
    if (PQputCopyData(conn_, data.data() + offset, static_cast<int>(size)) != 1) {
      return Error("copy", nullptr);
    }
  }
  if (PQputCopyEnd(conn_, nullptr) != 1) return Error("copy", nullptr);
  absl::Status status;
  while (PGresult* raw = PQgetResult(conn_)) {
    Result result(raw);
    if (PQresultStatus(result.get()) != PGRES_COMMAND_OK && status.ok()) {
      status = Error("copy", result.get());
    }
  }
  return status;
}

absl::Status PostgresConnection::UpsertRows(const UpsertTarget& target,
                                            std::span<const std::vector<Value>> rows) {
  if (rows.size() < kMinRowsForCopy) return Connection::UpsertRows(target, rows);
  const std::string staging = StrCat("veilig_staging_", target.table);
  const std::string columns = absl::StrJoin(target.columns, ", ");
  // The temporary table lives as long as the connection and empties itself
  // at commit; it is emptied after each merge as well, for the next batch of
  // the same transaction.
  if (auto s = ExecuteScript(StrCat("CREATE TEMPORARY TABLE IF NOT EXISTS ", staging, " (LIKE ",
                                    target.table, ") ON COMMIT DELETE ROWS"));
      !s.ok()) {
    return s;
  }
  std::string data;
  for (const auto* row : LastRowPerKey(target, rows)) {
    for (size_t c = 0; c < row->size(); ++c) {
      if (c) data += '\t';
      AppendCopyField((*row)[c], data);
    }
    data += '\n';
  }
  if (auto s = CopyIn(StrCat("COPY ", staging, " (", columns, ") FROM STDIN"), data); !s.ok()) {
    return s;
  }
  if (auto s = Execute(UpsertStatement(target, StrCat("SELECT ", columns, " FROM ", staging)));
      !s.ok()) {
    return s;
  }
  return Execute(StrCat("DELETE FROM ", staging));
}

}  // namespace veilig::storage
