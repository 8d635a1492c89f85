// Checks of single request fields shared by every API: each returns
// INVALID_ARGUMENT naming the field when the value is not acceptable.
#pragma once

#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "common/domain/period.h"

namespace veilig {

// Any canonical period, required.
absl::StatusOr<Period> ParsePeriodField(std::string_view field, const std::string& text);
// A half year (e.g. 2019H1), required.
absl::StatusOr<Period> ParseHalfYearField(std::string_view field, const std::string& text);
// A CBS municipality code (GM0034), required.
absl::Status CheckMunicipalityField(std::string_view field, const std::string& code);
// An ISO date (YYYY-MM-DD); empty is accepted only when `required` is false.
absl::Status CheckDateField(std::string_view field, const std::string& date, bool required);
// Non-empty text of at most `max_length` bytes.
absl::Status CheckTextField(std::string_view field, const std::string& text,
                            size_t max_length = 4000);

}  // namespace veilig
