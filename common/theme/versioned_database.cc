#include "common/theme/versioned_database.h"

namespace veilig::theme {

absl::Status VersionedDatabase::Write(const storage::TransactionBody& body) {
  return inner_.Write([&body](storage::Connection& c) -> absl::Status {
    if (auto s = body(c); !s.ok()) return s;
    return c.Execute("UPDATE data_version SET version = version + 1 WHERE id = 1");
  });
}

}  // namespace veilig::theme
