// What zorg-veiligheid adds to the common theme service: its registers,
// their API and section data.
#pragma once

#include <memory>

#include "common/theme/theme_extension.h"

namespace veilig::zorgveiligheid {

std::unique_ptr<theme::ThemeExtension> MakeZorgVeiligheidExtension(
    theme::VersionedDatabase& database);

}  // namespace veilig::zorgveiligheid
