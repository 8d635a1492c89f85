// Field conversions shared by the CSV importers: numbers, lists and the enum
// names used in import files. Errors say what was expected.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "google/type/date.pb.h"
#include "veilig/common/v1/area.pb.h"
#include "veilig/common/v1/indicator.pb.h"
#include "veilig/common/v1/note.pb.h"

namespace veilig::import {

// Empty -> nothing; otherwise a whole number.
absl::StatusOr<std::optional<int64_t>> OptionalInt(std::string_view column, std::string_view text);
// Empty -> nothing; otherwise a number with a decimal point.
absl::StatusOr<std::optional<double>> OptionalDouble(std::string_view column,
                                                     std::string_view text);
// Empty -> an unset date (whether one is required, the services decide);
// otherwise a real calendar date written YYYY-MM-DD.
absl::StatusOr<google::type::Date> OptionalDate(std::string_view column, std::string_view text);
// Splits on `separator`, trims, drops empty parts.
std::vector<std::string> SplitList(std::string_view text, char separator);

absl::StatusOr<common::v1::AreaKind> ParseAreaKind(std::string_view text);
absl::StatusOr<common::v1::Theme> ParseTheme(std::string_view text);
absl::StatusOr<common::v1::Unit> ParseUnit(std::string_view text);
absl::StatusOr<common::v1::ChangeMeasure> ParseChangeMeasure(std::string_view text);
// Empty -> GOAL_DIRECTION_UNSPECIFIED (no goal).
absl::StatusOr<common::v1::GoalDirection> ParseGoalDirection(std::string_view text);
absl::StatusOr<common::v1::SeriesNoteKind> ParseNoteKind(std::string_view text);
// Empty -> NOUN_KIND_UNSPECIFIED (countable, the title as noun).
absl::StatusOr<common::v1::NounKind> ParseNounKind(std::string_view text);
// Empty: an indicator of the plan; "bbv": a BBV policy indicator.
absl::StatusOr<common::v1::PrescribedSet> ParsePrescribedSet(std::string_view text);
absl::StatusOr<common::v1::TextPlace> ParseTextPlace(std::string_view text);

}  // namespace veilig::import
