// The zorg-veiligheid service's own tables: register counts per period and
// yearly targets.
#pragma once

#include <vector>

#include "absl/status/statusor.h"
#include "common/storage/database.h"
#include "veilig/zorgveiligheid/v1/registers.pb.h"

namespace veilig::zorgveiligheid {

class RegisterStore {
 public:
  explicit RegisterStore(storage::Database& database) : database_(database) {}

  static const std::vector<storage::Migration>& Migrations();

  // Upserts counts by (register, period) and targets by (registers, year),
  // all in one transaction.
  absl::Status Upsert(const std::vector<v1::RegisterCount>& counts,
                      const std::vector<v1::RegisterTarget>& targets);
  // Counts of periods in the inclusive year range.
  absl::StatusOr<std::vector<v1::RegisterCount>> CountsOfYears(int first_year, int last_year);
  absl::StatusOr<std::vector<v1::RegisterTarget>> TargetsOfYear(int year);

 private:
  storage::Database& database_;
};

}  // namespace veilig::zorgveiligheid
