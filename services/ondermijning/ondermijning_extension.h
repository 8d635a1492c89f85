// What ondermijning adds to the common theme service: enforcement cases and
// their counts per category, their API and section data.
#pragma once

#include <memory>

#include "common/theme/theme_extension.h"

namespace veilig::ondermijning {

std::unique_ptr<theme::ThemeExtension> MakeOndermijningExtension(
    theme::VersionedDatabase& database);

}  // namespace veilig::ondermijning
