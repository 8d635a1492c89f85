// The zorg-veiligheid service's own tables: register counts per period and
// yearly targets, each kept by one municipality.
#pragma once

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "common/theme/versioned_database.h"
#include "veilig/zorgveiligheid/v1/registers.pb.h"

namespace veilig::zorgveiligheid {

class RegisterStore {
 public:
  explicit RegisterStore(theme::VersionedDatabase& database) : database_(database) {}

  static const std::vector<storage::Migration>& Migrations();

  // Upserts counts by (register, period) and targets by (registers, year),
  // all in one transaction.
  absl::Status Upsert(const std::string& municipality, const std::vector<v1::RegisterCount>& counts,
                      const std::vector<v1::RegisterTarget>& targets);
  // Counts of periods in the inclusive year range.
  absl::StatusOr<std::vector<v1::RegisterCount>> CountsOfYears(const std::string& municipality,
                                                               int first_year, int last_year);
  absl::StatusOr<std::vector<v1::RegisterTarget>> TargetsOfYear(const std::string& municipality,
                                                                int year);

 private:
  theme::VersionedDatabase& database_;
};

}  // namespace veilig::zorgveiligheid
