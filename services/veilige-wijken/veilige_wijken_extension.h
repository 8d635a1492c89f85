// What veilige-wijken adds to the common theme service: administrative
// measures, watch teams and KVO certificates, their API and section data.
#pragma once

#include <memory>

#include "common/theme/theme_extension.h"

namespace veilig::veiligewijken {

// Measures that run out within this many days after the report period are
// flagged in the section.
inline constexpr int kExpiryWarningDays = 90;

std::unique_ptr<theme::ThemeExtension> MakeVeiligeWijkenExtension(
    theme::VersionedDatabase& database);

}  // namespace veilig::veiligewijken
