// Validation of everything written through ThemeService, before any of it
// touches the store. Errors name the offending field the way a client wrote
// it, e.g. "observations[3].count: must not be negative (got -2)".
#pragma once

#include <set>
#include <string>

#include "absl/status/status.h"
#include "veilig/theme/v1/theme_service.pb.h"

namespace veilig::theme {

// Checks each item on its own: formats, enums, ranges, and that indicators and
// activities belong to one of `accepted_themes`.
absl::Status ValidateUpsert(const v1::UpsertThemeDataRequest& request,
                            const std::set<common::v1::Theme>& accepted_themes);

// Checks references: every indicator and area an item names is either in
// `known_indicators` / `known_areas` (already stored) or in the request.
absl::Status ValidateReferences(const v1::UpsertThemeDataRequest& request,
                                const std::set<std::string>& known_indicators,
                                const std::set<std::string>& known_areas);

}  // namespace veilig::theme
