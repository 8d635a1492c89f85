// The test-only theme's number: from 100 up, which the common contract leaves
// for themes that plug in without changing it.
#pragma once

#include "veilig/common/v1/indicator.pb.h"

namespace veilig::digitaleveiligheid {

inline constexpr common::v1::Theme kDigitaleVeiligheid = static_cast<common::v1::Theme>(100);

}  // namespace veilig::digitaleveiligheid
