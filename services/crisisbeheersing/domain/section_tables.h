// The crisisbeheersing part of the report as tables: incidents with GRIP
// scaling, on-call pools and event risk advice.
#pragma once

#include <vector>

#include "veilig/common/v1/section.pb.h"
#include "veilig/crisisbeheersing/v1/incidents.pb.h"

namespace veilig::crisisbeheersing {

std::vector<common::v1::SectionTable> SectionTables(const v1::SectionData& data);

}  // namespace veilig::crisisbeheersing
