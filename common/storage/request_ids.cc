#include "common/storage/request_ids.h"

#include <algorithm>

#include "absl/strings/ascii.h"
#include "common/domain/field_error.h"
#include "common/domain/resource_name.h"
#include "common/domain/strings.h"
#include "common/storage/migrations.h"

namespace veilig::storage {

const Migration& RequestIdMigration() {
  // 52: beside the data versions (50) and id sequences (51).
  static const Migration kMigration{52, "request ids", R"sql(
CREATE TABLE request_ids (
  parent TEXT NOT NULL,
  request_id TEXT NOT NULL,
  name TEXT NOT NULL,
  made_at TEXT NOT NULL,
  PRIMARY KEY (parent, request_id)
);
)sql"};
  return kMigration;
}

absl::Status CheckRequestId(std::string_view field, const std::string& request_id) {
  const bool well_formed =
      request_id.size() <= 64 && std::all_of(request_id.begin(), request_id.end(), [](char c) {
        return absl::ascii_isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_';
      });
  if (well_formed) return absl::OkStatus();
  return FieldError(field, "must be at most 64 letters, digits, '-' or '_' (a UUID will do)");
}

absl::StatusOr<std::optional<std::string>> FindRequest(Connection& c, const std::string& parent,
                                                       const std::string& request_id) {
  return c.QueryText("SELECT name FROM request_ids WHERE parent = $1 AND request_id = $2",
                     std::vector<Value>{parent, request_id});
}

absl::StatusOr<std::optional<int64_t>> FindRequestedId(Connection& c, const std::string& parent,
                                                       const std::string& request_id,
                                                       std::string_view collection) {
  if (request_id.empty()) return std::nullopt;
  auto made = FindRequest(c, parent, request_id);
  if (!made.ok()) return made.status();
  if (!made->has_value()) return std::nullopt;
  auto name = ParseResourceName("request_id", **made, collection);
  if (!name.ok()) {
    return absl::InvalidArgumentError(
        StrCat("request_id: '", request_id, "' was used for ", **made, " before"));
  }
  return name->id;
}

absl::Status RememberRequest(Connection& c, const std::string& parent,
                             const std::string& request_id, const std::string& name) {
  return c.Execute(
      "INSERT INTO request_ids (parent, request_id, name, made_at) VALUES ($1, $2, $3, $4)",
      std::vector<Value>{parent, request_id, name, NowUtc()});
}

}  // namespace veilig::storage
