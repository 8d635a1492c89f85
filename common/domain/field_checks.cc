#include "common/domain/field_checks.h"

#include "common/domain/codes.h"
#include "common/domain/field_error.h"

namespace veilig {

absl::StatusOr<Period> ParsePeriodField(std::string_view field, const std::string& text) {
  if (text.empty()) return FieldError(field, "is required, e.g. 2019H1");
  auto period = Period::Parse(text);
  if (!period.ok()) return FieldError(field, View(period.status().message()));
  return period;
}

absl::StatusOr<Period> ParseHalfYearField(std::string_view field, const std::string& text) {
  auto period = ParsePeriodField(field, text);
  if (period.ok() && period->grain() != Grain::kHalfYear) {
    return FieldError(field, StrCat("'", text, "' is not a half year, e.g. 2019H1"));
  }
  return period;
}

absl::Status CheckMunicipalityField(std::string_view field, const std::string& code) {
  if (code.empty()) return FieldError(field, "is required, e.g. GM0034");
  if (!IsMunicipalityCode(code)) {
    return FieldError(field, StrCat("'", code, "' is not a CBS municipality code"));
  }
  return absl::OkStatus();
}

absl::Status CheckDateField(std::string_view field, const std::string& date, bool required) {
  if (date.empty()) {
    return required ? FieldError(field, "is required, a date written YYYY-MM-DD")
                    : absl::OkStatus();
  }
  if (!IsIsoDate(date)) {
    return FieldError(field, StrCat("'", date, "' is not a date written YYYY-MM-DD"));
  }
  return absl::OkStatus();
}

absl::Status CheckTextField(std::string_view field, const std::string& text, size_t max_length) {
  if (text.empty()) return FieldError(field, "is required");
  if (text.size() > max_length) {
    return FieldError(field, StrCat("is longer than ", max_length, " characters"));
  }
  return absl::OkStatus();
}

}  // namespace veilig
