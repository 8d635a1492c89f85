// A survey indicator's part of a section (Veiligheidsmonitor): its editions
// are years, not half years, and a difference counts only when it survives
// the margins of both estimates.
#pragma once

#include <optional>
#include <string>

#include "common/domain/period.h"
#include "common/theme/section_input.h"
#include "veilig/common/v1/section.pb.h"

namespace veilig::theme {

// The municipality's editions up to `report_period`'s year and its
// comparison areas' in the latest of them; the latest against the edition of
// `baseline_year` and the one before it, and against each comparison area.
// Only year observations count as editions.
common::v1::SurveyBlock BuildSurveyBlock(const SectionInput& input,
                                         const common::v1::Indicator& indicator,
                                         const std::string& municipality,
                                         const Period& report_period,
                                         std::optional<int> baseline_year);

}  // namespace veilig::theme
