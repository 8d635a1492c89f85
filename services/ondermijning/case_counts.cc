#include "services/ondermijning/case_counts.h"

#include <limits>

namespace veilig::ondermijning {

absl::StatusOr<v1::SectionData> CountCasesIn(CaseStore& store, const std::string& municipality,
                                             const Period& period) {
  auto taxonomy = store.LoadTaxonomy(municipality);
  if (!taxonomy.ok()) return taxonomy.status();
  auto counts = store.CountsOfYear(municipality, period.year());
  if (!counts.ok()) return counts.status();
  CaseFilter filter;
  filter.opened_from = period.FirstDay();
  filter.opened_to = period.LastDay();
  auto cases = store.ListCases(municipality, filter, 0, std::numeric_limits<int>::max());
  if (!cases.ok()) return cases.status();
  return CountCases(*taxonomy, period, *counts, *cases);
}

}  // namespace veilig::ondermijning
