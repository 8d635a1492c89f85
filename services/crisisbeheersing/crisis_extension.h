// What crisisbeheersing adds to the common theme service: incidents, on-call
// pools and event advice, their API and their part of the report section.
#pragma once

#include <memory>

#include "common/theme/theme_extension.h"

namespace veilig::crisisbeheersing {

std::unique_ptr<theme::ThemeExtension> MakeCrisisExtension(theme::VersionedDatabase& database);

}  // namespace veilig::crisisbeheersing
