#include "common/import/csv_fields.h"

#include <cmath>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "common/domain/calendar_date.h"
#include "common/domain/codes.h"
#include "common/domain/strings.h"
#include "common/theme/themes.h"

namespace veilig::import {
namespace {

namespace cv1 = common::v1;

template <typename Enum>
absl::StatusOr<Enum> Lookup(std::string_view what, std::string_view text,
                            std::initializer_list<std::pair<std::string_view, Enum>> names) {
  std::string known;
  for (const auto& [name, value] : names) {
    if (name == text) return value;
    known += known.empty() ? "" : ", ";
    known += name;
  }
  return absl::InvalidArgumentError(StrCat(what, ": '", text, "' is not one of ", known));
}

}  // namespace

absl::StatusOr<std::optional<int64_t>> OptionalInt(std::string_view column, std::string_view text) {
  if (text.empty()) return std::nullopt;
  int64_t value = 0;
  if (!absl::SimpleAtoi(absl::string_view(text.data(), text.size()), &value)) {
    return absl::InvalidArgumentError(StrCat(column, ": '", text, "' is not a whole number"));
  }
  return value;
}

absl::StatusOr<google::type::Date> OptionalDate(std::string_view column, std::string_view text) {
  if (text.empty()) return google::type::Date();
  if (!IsIsoDate(text)) {
    return absl::InvalidArgumentError(
        StrCat(column, ": '", text, "' is not a calendar date written YYYY-MM-DD"));
  }
  return DateFromIso(text);
}

absl::StatusOr<std::optional<double>> OptionalDouble(std::string_view column,
                                                     std::string_view text) {
  if (text.empty()) return std::nullopt;
  double value = 0;
  if (!absl::SimpleAtod(absl::string_view(text.data(), text.size()), &value) ||
      !std::isfinite(value)) {
    return absl::InvalidArgumentError(
        StrCat(column, ": '", text, "' is not a number (use a decimal point)"));
  }
  return value;
}

std::vector<std::string> SplitList(std::string_view text, char separator) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find(separator, start);
    if (end == std::string_view::npos) end = text.size();
    absl::string_view part(text.data() + start, end - start);
    part = absl::StripAsciiWhitespace(part);
    if (!part.empty()) parts.emplace_back(part.data(), part.size());
    start = end + 1;
  }
  return parts;
}

absl::StatusOr<cv1::AreaKind> ParseAreaKind(std::string_view text) {
  return Lookup<cv1::AreaKind>("kind", text,
                               {{"municipality", cv1::AREA_KIND_MUNICIPALITY},
                                {"district", cv1::AREA_KIND_DISTRICT},
                                {"neighbourhood", cv1::AREA_KIND_NEIGHBOURHOOD},
                                {"police_unit", cv1::AREA_KIND_POLICE_UNIT},
                                {"comparison_group", cv1::AREA_KIND_COMPARISON_GROUP},
                                {"country", cv1::AREA_KIND_COUNTRY}});
}

absl::StatusOr<cv1::Theme> ParseTheme(std::string_view text) {
  if (const theme::ThemeInfo* info = theme::FindThemeBySlug(text)) return info->theme;
  std::string known;
  for (const auto& info : theme::AllThemes()) {
    known += known.empty() ? "" : ", ";
    known += info.slug;
  }
  return absl::InvalidArgumentError(StrCat("theme: '", text, "' is not one of ", known));
}

absl::StatusOr<cv1::Unit> ParseUnit(std::string_view text) {
  return Lookup<cv1::Unit>("unit", text,
                           {{"count", cv1::UNIT_COUNT},
                            {"per_1000_inhabitants", cv1::UNIT_PER_1000_INHABITANTS},
                            {"per_1000_dwellings", cv1::UNIT_PER_1000_DWELLINGS},
                            {"per_1000_residents_12_24", cv1::UNIT_PER_1000_RESIDENTS_12_24},
                            {"per_1000_residents_12_17", cv1::UNIT_PER_1000_RESIDENTS_12_17},
                            {"percent", cv1::UNIT_PERCENT}});
}

absl::StatusOr<cv1::ChangeMeasure> ParseChangeMeasure(std::string_view text) {
  return Lookup<cv1::ChangeMeasure>(
      "change_measure", text,
      {{"count", cv1::CHANGE_MEASURE_COUNT}, {"rate", cv1::CHANGE_MEASURE_RATE}});
}

absl::StatusOr<cv1::GoalDirection> ParseGoalDirection(std::string_view text) {
  if (text.empty()) return cv1::GOAL_DIRECTION_UNSPECIFIED;
  return Lookup<cv1::GoalDirection>("goal_direction", text,
                                    {{"decrease", cv1::GOAL_DIRECTION_DECREASE},
                                     {"not_increase", cv1::GOAL_DIRECTION_NOT_INCREASE},
                                     {"increase", cv1::GOAL_DIRECTION_INCREASE}});
}

absl::StatusOr<cv1::SeriesNoteKind> ParseNoteKind(std::string_view text) {
  return Lookup<cv1::SeriesNoteKind>(
      "kind", text,
      {{"series_break", cv1::SERIES_NOTE_KIND_SERIES_BREAK}, {"note", cv1::SERIES_NOTE_KIND_NOTE}});
}

absl::StatusOr<cv1::NounKind> ParseNounKind(std::string_view text) {
  if (text.empty()) return cv1::NOUN_KIND_UNSPECIFIED;
  return Lookup<cv1::NounKind>(
      "noun_kind", text, {{"countable", cv1::NOUN_KIND_COUNTABLE}, {"mass", cv1::NOUN_KIND_MASS}});
}

absl::StatusOr<cv1::PrescribedSet> ParsePrescribedSet(std::string_view text) {
  if (text.empty()) return cv1::PRESCRIBED_SET_UNSPECIFIED;
  return Lookup<cv1::PrescribedSet>("prescribed_set", text, {{"bbv", cv1::PRESCRIBED_SET_BBV}});
}

absl::StatusOr<cv1::TextPlace> ParseTextPlace(std::string_view text) {
  return Lookup<cv1::TextPlace>("place", text,
                                {{"introduction", cv1::TEXT_PLACE_INTRODUCTION},
                                 {"conclusion", cv1::TEXT_PLACE_CONCLUSION},
                                 {"theme", cv1::TEXT_PLACE_THEME},
                                 {"topic", cv1::TEXT_PLACE_TOPIC}});
}

}  // namespace veilig::import
