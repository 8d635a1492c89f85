// The ondermijning service's own tables: the taxonomy (a national default
// that each municipality may extend), single enforcement cases and
// aggregated counts, each case and count kept by one municipality.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "common/theme/versioned_database.h"
#include "services/ondermijning/domain/case_rules.h"

namespace veilig::ondermijning {

struct CaseFilter {
  std::string category;
  // Inclusive range of opening dates; empty = unbounded.
  std::string opened_from;
  std::string opened_to;
};

// Every method reads and writes only the records of the municipality it is
// given: another municipality's case is as absent as one never made.
class CaseStore {
 public:
  explicit CaseStore(theme::VersionedDatabase& database) : database_(database) {}

  // Includes the default taxonomy: the categories of a typical intervention team.
  static const std::vector<storage::Migration>& Migrations();

  // The national taxonomy followed by what `municipality` added to it.
  absl::StatusOr<Taxonomy> LoadTaxonomy(const std::string& municipality);
  // Adds categories and sub-categories to `municipality`'s taxonomy; those it
  // already has (nationally or of its own) keep their position.
  absl::Status AddToTaxonomy(const std::string& municipality,
                             const std::vector<Category>& categories);

  // ALREADY_EXISTS when the reference is taken in the municipality. With a
  // `request_id` seen before in the municipality: the case that request made
  // (AIP-155).
  absl::StatusOr<EnforcementCase> CreateCase(const std::string& municipality,
                                             const EnforcementCase& c,
                                             const std::string& request_id = "");
  absl::StatusOr<std::optional<EnforcementCase>> GetCase(const std::string& municipality,
                                                         int64_t id);
  absl::StatusOr<std::vector<EnforcementCase>> ListCases(const std::string& municipality,
                                                         const CaseFilter& filter, int offset,
                                                         int limit);
  absl::StatusOr<EnforcementCase> UpdateCase(const std::string& municipality, int64_t id,
                                             const EnforcementCase& c);
  // Reads the case, lets `change` decide its new state and writes that, in one
  // transaction: two concurrent changes never both pass the same check.
  absl::StatusOr<EnforcementCase> ChangeCase(
      const std::string& municipality, int64_t id,
      const std::function<absl::StatusOr<EnforcementCase>(const EnforcementCase&)>& change);
  // Upserts by reference, all or nothing.
  absl::Status ImportCases(const std::string& municipality,
                           const std::vector<EnforcementCase>& cases);

  // Upserts by (category, subcategory, period), all or nothing.
  absl::Status UpsertCounts(const std::string& municipality, const std::vector<CaseCount>& counts);
  // Counts of periods in the given year.
  absl::StatusOr<std::vector<CaseCount>> CountsOfYear(const std::string& municipality, int year);

 private:
  theme::VersionedDatabase& database_;
};

}  // namespace veilig::ondermijning
