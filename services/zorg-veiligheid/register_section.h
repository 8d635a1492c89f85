// The zorg-veiligheid part of a report section: every register with a count
// in the report period or the two half years before it.
#pragma once

#include "absl/status/statusor.h"
#include "common/domain/period.h"
#include "services/zorg-veiligheid/store/register_store.h"

namespace veilig::zorgveiligheid {

// How many half years each register line shows, the report period last.
inline constexpr int kRegisterHalfYears = 3;

absl::StatusOr<v1::SectionData> RegisterSection(RegisterStore& store,
                                                const std::string& municipality,
                                                const Period& period);

}  // namespace veilig::zorgveiligheid
