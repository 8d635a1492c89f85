// An indicator's signal settings (Indicator.signal_settings): each field
// checked on import, and each one left 0 or empty replaced by its documented
// default (docs/signals.md) when the signals are looked for.
#pragma once

#include <string_view>

#include "absl/status/status.h"
#include "common/theme/area_hot_spots.h"
#include "common/theme/area_surveillance.h"
#include "veilig/common/v1/indicator.pb.h"

namespace veilig::theme {

// INVALID_ARGUMENT naming `field`.<setting> when one is out of its range.
absl::Status ValidateSignalSettings(const common::v1::SignalSettings& settings,
                                    std::string_view field);

// The monthly surveillance's settings for `indicator`.
SurveillanceSettings SurveillanceSettingsFor(const common::v1::Indicator& indicator);

// The hot spots' settings for `indicator`.
HotSpotSettings HotSpotSettingsFor(const common::v1::Indicator& indicator);

}  // namespace veilig::theme
