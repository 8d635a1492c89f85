// The rules of the intervention team's enforcement cases, free of storage
// and gRPC: the taxonomy they are filed under, validation, and the counts per
// category with the sub-category breakdown the report prints.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "common/domain/period.h"
#include "veilig/ondermijning/v1/cases.pb.h"

namespace veilig::ondermijning {

using v1::CaseCount;
using v1::Category;
using v1::EnforcementCase;

// Categories and their sub-categories in report order.
class Taxonomy {
 public:
  explicit Taxonomy(std::vector<Category> categories) : categories_(std::move(categories)) {}
  const std::vector<Category>& categories() const { return categories_; }
  bool Contains(const std::string& category, const std::string& subcategory) const;
  // INVALID_ARGUMENT naming "prefix.category" or "prefix.subcategory".
  absl::Status Check(const std::string& category, const std::string& subcategory,
                     std::string_view prefix) const;

 private:
  std::vector<Category> categories_;
};

absl::Status ValidateCase(const EnforcementCase& c, std::string_view prefix,
                          const Taxonomy& taxonomy);
absl::Status ValidateCaseCount(const CaseCount& count, std::string_view prefix,
                               const Taxonomy& taxonomy);
absl::Status ValidateCategory(const Category& category, std::string_view prefix);

// `c` closed on `closed_on` (a valid ISO date) with `outcome`:
// FAILED_PRECONDITION when it is closed already, INVALID_ARGUMENT naming
// closed_on when that precedes the opening.
absl::StatusOr<EnforcementCase> CloseCase(const EnforcementCase& c,
                                          const google::type::Date& closed_on,
                                          const std::string& outcome);

// Counts per category and sub-category for `period`: aggregated counts of the
// period (or of finer periods inside it) plus single cases opened in it, in
// taxonomy order; categories without any count are left out.
v1::SectionData CountCases(const Taxonomy& taxonomy, const Period& period,
                           const std::vector<CaseCount>& counts,
                           const std::vector<EnforcementCase>& cases);

}  // namespace veilig::ondermijning
