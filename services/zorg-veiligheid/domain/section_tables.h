// The zorg-veiligheid part of the report as tables: register counts under
// their plan chapter, with the year targets they count towards.
#pragma once

#include <vector>

#include "veilig/common/v1/section.pb.h"
#include "veilig/zorgveiligheid/v1/registers.pb.h"

namespace veilig::zorgveiligheid {

// `section` is the built section the data joins: a register its indicators
// already show is not repeated, and targets name the section's period.
std::vector<common::v1::SectionTable> SectionTables(const v1::SectionData& data,
                                                    const common::v1::ThemeSection& section);

}  // namespace veilig::zorgveiligheid
