// The counts per category of a period, read from the store: used by both the
// GetCaseCounts RPC and the report section.
#pragma once

#include "absl/status/statusor.h"
#include "services/ondermijning/store/case_store.h"

namespace veilig::ondermijning {

absl::StatusOr<v1::SectionData> CountCasesIn(CaseStore& store, const std::string& municipality,
                                             const Period& period);

}  // namespace veilig::ondermijning
