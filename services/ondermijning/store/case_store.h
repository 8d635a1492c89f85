// The ondermijning service's own tables: the taxonomy, single enforcement
// cases and aggregated counts.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "common/storage/database.h"
#include "services/ondermijning/domain/case_rules.h"

namespace veilig::ondermijning {

struct CaseFilter {
  std::string category;
  // Inclusive range of opening dates; empty = unbounded.
  std::string opened_from;
  std::string opened_to;
};

class CaseStore {
 public:
  explicit CaseStore(storage::Database& database) : database_(database) {}

  // Includes the default taxonomy: the categories of a typical intervention team.
  static const std::vector<storage::Migration>& Migrations();

  absl::StatusOr<Taxonomy> LoadTaxonomy();
  // Adds categories and sub-categories; existing ones keep their position.
  absl::Status AddToTaxonomy(const std::vector<Category>& categories);

  // ALREADY_EXISTS when the reference is taken.
  absl::StatusOr<EnforcementCase> CreateCase(const EnforcementCase& c);
  absl::StatusOr<std::optional<EnforcementCase>> GetCase(int64_t id);
  absl::StatusOr<std::vector<EnforcementCase>> ListCases(const CaseFilter& filter, int offset,
                                                         int limit);
  absl::StatusOr<EnforcementCase> UpdateCase(int64_t id, const EnforcementCase& c);
  // Upserts by reference, all or nothing.
  absl::Status ImportCases(const std::vector<EnforcementCase>& cases);

  // Upserts by (category, subcategory, period), all or nothing.
  absl::Status UpsertCounts(const std::vector<CaseCount>& counts);
  // Counts of periods in the given year.
  absl::StatusOr<std::vector<CaseCount>> CountsOfYear(int year);

 private:
  storage::Database& database_;
};

}  // namespace veilig::ondermijning
