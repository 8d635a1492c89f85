// What the test-only theme adds to the common theme service: its campaigns,
// their API and their table in the report.
#pragma once

#include <memory>

#include "common/theme/theme_extension.h"

namespace veilig::digitaleveiligheid {

std::unique_ptr<theme::ThemeExtension> MakeCampaignExtension(theme::VersionedDatabase& database);

}  // namespace veilig::digitaleveiligheid
