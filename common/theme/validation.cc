#include "common/theme/validation.h"

#include <cmath>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "common/domain/calendar_date.h"
#include "common/domain/codes.h"
#include "common/domain/field_checks.h"
#include "common/domain/field_error.h"
#include "common/domain/period.h"
#include "common/domain/resource_name.h"
#include "common/domain/strings.h"
#include "common/theme/boundaries.h"
#include "common/theme/signal_settings.h"
#include "common/theme/themes.h"

namespace veilig::theme {
namespace {

using common::v1::Theme;

constexpr size_t kMaxTextLength = 4000;

std::string Field(std::string_view list, int index, std::string_view field) {
  return ItemField(list, index, field);
}

absl::Status Bad(const std::string& field, std::string_view problem) {
  return FieldError(field, problem);
}

absl::Status RequireText(const std::string& field, const std::string& value) {
  return CheckTextField(field, value, kMaxTextLength);
}

absl::Status RequirePeriod(const std::string& field, const std::string& value) {
  if (value.empty()) return Bad(field, "is required");
  auto period = Period::Parse(value);
  if (!period.ok()) return Bad(field, View(period.status().message()));
  return absl::OkStatus();
}

absl::Status RequireAreaCode(const std::string& field, const std::string& value) {
  if (value.empty()) return Bad(field, "is required");
  if (!IsAreaCode(value)) {
    return Bad(field, StrCat("'", value, "' is not an area code (e.g. GM0034, WK003401, ",
                             "BU00340101 or an upper-case group code)"));
  }
  return absl::OkStatus();
}

absl::Status RequireIndicatorId(const std::string& field, const std::string& value) {
  if (value.empty()) return Bad(field, "is required");
  if (!IsIndicatorId(value)) {
    return Bad(field, StrCat("'", value, "' is not an indicator id (lower snake case, ",
                             "e.g. woninginbraak)"));
  }
  return absl::OkStatus();
}

absl::Status RequireNonNegative(const std::string& field, double value) {
  if (!std::isfinite(value)) return Bad(field, "must be a finite number");
  if (value < 0) return Bad(field, StrCat("must not be negative (got ", value, ")"));
  return absl::OkStatus();
}

absl::Status RequireAcceptedTheme(const std::string& field, int theme,
                                  const std::set<Theme>& accepted) {
  if (theme == common::v1::THEME_UNSPECIFIED || FindTheme(static_cast<Theme>(theme)) == nullptr) {
    return Bad(field, "is required and must be a known theme");
  }
  if (!accepted.contains(static_cast<Theme>(theme))) {
    const ThemeInfo* info = FindTheme(static_cast<Theme>(theme));
    return Bad(field, StrCat("theme ", info ? info->slug : "?", " belongs to the service ",
                             info ? info->service : "?"));
  }
  return absl::OkStatus();
}

absl::Status ValidateArea(const common::v1::Area& area, int i) {
  if (auto s = RequireAreaCode(Field("areas", i, "code"), area.code()); !s.ok()) return s;
  if (auto s = RequireText(Field("areas", i, "name"), area.name()); !s.ok()) return s;
  if (!common::v1::AreaKind_IsValid(area.kind()) ||
      area.kind() == common::v1::AREA_KIND_UNSPECIFIED) {
    return Bad(Field("areas", i, "kind"), "is required and must be a known area kind");
  }
  if (!area.parent().empty()) {
    if (auto s = RequireAreaCode(Field("areas", i, "parent"), area.parent()); !s.ok()) return s;
  }
  if (area.first_year() != 0 && (area.first_year() < 1900 || area.first_year() > 2100)) {
    return Bad(Field("areas", i, "first_year"), "must be a year such as 2019, or 0");
  }
  if (area.last_year() != 0 && (area.last_year() < 1900 || area.last_year() > 2100 ||
                                area.last_year() < area.first_year())) {
    return Bad(Field("areas", i, "last_year"), "must be a year not before first_year, or 0");
  }
  for (int m = 0; m < area.members_size(); ++m) {
    auto s = RequireAreaCode(StrCat(Field("areas", i, "members"), "[", m, "]"), area.members(m));
    if (!s.ok()) return s;
  }
  for (int g = 0; g < area.comparison_groups_size(); ++g) {
    auto s = RequireAreaCode(StrCat(Field("areas", i, "comparison_groups"), "[", g, "]"),
                             area.comparison_groups(g));
    if (!s.ok()) return s;
  }
  return absl::OkStatus();
}

// "3", "3.3", "3.3.1".
bool IsChapterNumber(std::string_view number) {
  bool digit_before = false;
  for (char c : number) {
    if (absl::ascii_isdigit(static_cast<unsigned char>(c))) {
      digit_before = true;
    } else if (c == '.' && digit_before) {
      digit_before = false;
    } else {
      return false;
    }
  }
  return digit_before;
}

bool IsPoliceCode(std::string_view code) {
  if (code.empty() || code.size() > 32) return false;
  for (char c : code) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '.') return false;
  }
  return true;
}

absl::Status ValidateIndicator(const common::v1::Indicator& indicator, int i,
                               const std::set<Theme>& accepted) {
  const auto f = [i](std::string_view name) { return Field("indicators", i, name); };
  if (auto s = RequireIndicatorId(f("id"), indicator.id()); !s.ok()) return s;
  if (auto s = RequireText(f("title"), indicator.title()); !s.ok()) return s;
  if (auto s = RequireAcceptedTheme(f("theme"), indicator.theme(), accepted); !s.ok()) return s;
  if (auto s = RequireText(f("topic"), indicator.topic()); !s.ok()) return s;
  if (!common::v1::Unit_IsValid(indicator.unit()) ||
      indicator.unit() == common::v1::UNIT_UNSPECIFIED) {
    return Bad(f("unit"), "is required and must be a known unit");
  }
  if (!common::v1::ChangeMeasure_IsValid(indicator.change_measure()) ||
      indicator.change_measure() == common::v1::CHANGE_MEASURE_UNSPECIFIED) {
    return Bad(f("change_measure"), "is required (count or rate)");
  }
  if (indicator.change_measure() == common::v1::CHANGE_MEASURE_RATE &&
      indicator.unit() == common::v1::UNIT_COUNT) {
    return Bad(f("change_measure"), "an indicator measured as a count has no rate");
  }
  if (indicator.unit() == common::v1::UNIT_PERCENT) {
    // A survey's estimate is its percentage: there is no count to sum or
    // quote, and a goal on it is not judged (yet) rather than judged wrongly.
    if (indicator.change_measure() != common::v1::CHANGE_MEASURE_RATE) {
      return Bad(f("change_measure"), "a survey percentage is measured as its rate (percentage)");
    }
    if (!indicator.components().empty()) {
      return Bad(f("components"), "a survey percentage is not a sum of other indicators");
    }
    if (indicator.has_goal()) {
      return Bad(f("goal"), "a goal on a survey percentage is not supported");
    }
  }
  if (indicator.source().size() > kMaxTextLength) return Bad(f("source"), "is too long");
  if (indicator.definition().size() > kMaxTextLength) return Bad(f("definition"), "is too long");
  if (indicator.noun().size() > kMaxTextLength ||
      indicator.noun().find('\n') != std::string::npos) {
    return Bad(f("noun"), "must be one line of at most 4000 bytes");
  }
  if (!common::v1::NounKind_IsValid(indicator.noun_kind())) {
    return Bad(f("noun_kind"), "must be countable or mass");
  }
  if (!common::v1::PrescribedSet_IsValid(indicator.prescribed_set())) {
    return Bad(f("prescribed_set"), "must be unset (a plan indicator) or a known set (bbv)");
  }
  if (indicator.prescribed_set() != common::v1::PRESCRIBED_SET_UNSPECIFIED &&
      indicator.has_goal()) {
    return Bad(f("goal"), "a prescribed indicator is not part of the plan and has no goal");
  }
  if (auto s = ValidateSignalSettings(indicator.signal_settings(), f("signal_settings")); !s.ok()) {
    return s;
  }
  for (int c = 0; c < indicator.police_codes_size(); ++c) {
    if (!IsPoliceCode(indicator.police_codes(c))) {
      return Bad(StrCat(f("police_codes"), "[", c, "]"),
                 StrCat("'", indicator.police_codes(c), "' is not a crime-type code"));
    }
  }
  for (int c = 0; c < indicator.components_size(); ++c) {
    const std::string field = StrCat(f("components"), "[", c, "]");
    if (auto s = RequireIndicatorId(field, indicator.components(c)); !s.ok()) return s;
    if (indicator.components(c) == indicator.id()) return Bad(field, "names the indicator itself");
  }
  if (indicator.has_goal()) {
    const auto& goal = indicator.goal();
    if (!common::v1::GoalDirection_IsValid(goal.direction()) ||
        goal.direction() == common::v1::GOAL_DIRECTION_UNSPECIFIED) {
      return Bad(f("goal.direction"), "is required for a goal (decrease, not_increase, increase)");
    }
    if (goal.baseline_year() < 1900 || goal.baseline_year() > 2999) {
      return Bad(f("goal.baseline_year"), "must be a year between 1900 and 2999");
    }
    if (goal.has_target()) {
      if (auto s = RequireNonNegative(f("goal.target"), goal.target()); !s.ok()) return s;
    }
  }
  return absl::OkStatus();
}

absl::Status ValidateDenominator(const common::v1::Denominator& d, int i) {
  const auto f = [i](std::string_view name) { return Field("denominators", i, name); };
  if (auto s = RequireAreaCode(f("area"), d.area()); !s.ok()) return s;
  if (auto s = RequirePeriod(f("period"), d.period()); !s.ok()) return s;
  if (!d.has_inhabitants() && !d.has_dwellings() && !d.has_residents_12_24() &&
      !d.has_residents_12_17()) {
    return Bad(f("inhabitants"),
               "at least one of inhabitants, dwellings, residents_12_24, residents_12_17 is "
               "required");
  }
  if (d.has_inhabitants() && d.inhabitants() < 0)
    return Bad(f("inhabitants"), "must not be negative");
  if (d.has_dwellings() && d.dwellings() < 0) return Bad(f("dwellings"), "must not be negative");
  if (d.has_residents_12_24() && d.residents_12_24() < 0) {
    return Bad(f("residents_12_24"), "must not be negative");
  }
  if (d.has_residents_12_17() && d.residents_12_17() < 0) {
    return Bad(f("residents_12_17"), "must not be negative");
  }
  return absl::OkStatus();
}

// A survey percentage's 95% interval: both bounds or neither, around the
// percentage, within 0-100.
template <typename FieldName>
absl::Status ValidateSurveyBounds(const common::v1::Observation& o, const FieldName& f) {
  if (!o.has_lower_bound() && !o.has_upper_bound()) return absl::OkStatus();
  if (!o.has_lower_bound()) return Bad(f("lower_bound"), "is required with upper_bound");
  if (!o.has_upper_bound()) return Bad(f("upper_bound"), "is required with lower_bound");
  if (!o.has_rate()) return Bad(f("rate"), "the percentage is required with its bounds");
  if (o.has_count()) return Bad(f("count"), "a survey percentage has no count");
  for (const auto& [name, value] :
       {std::pair{"lower_bound", o.lower_bound()}, std::pair{"upper_bound", o.upper_bound()}}) {
    if (!std::isfinite(value) || value < 0 || value > 100) {
      return Bad(f(name), "must be a percentage from 0 to 100");
    }
  }
  if (o.rate() > 100) return Bad(f("rate"), "a survey percentage is at most 100");
  if (o.lower_bound() > o.rate()) return Bad(f("lower_bound"), "must not exceed the rate");
  if (o.upper_bound() < o.rate()) return Bad(f("upper_bound"), "must not be below the rate");
  return absl::OkStatus();
}

absl::Status ValidateObservation(const common::v1::Observation& o, int i) {
  const auto f = [i](std::string_view name) { return Field("observations", i, name); };
  if (auto s = RequireIndicatorId(f("indicator"), o.indicator()); !s.ok()) return s;
  if (auto s = RequireAreaCode(f("area"), o.area()); !s.ok()) return s;
  if (auto s = RequirePeriod(f("period"), o.period()); !s.ok()) return s;
  if (!o.has_count() && !o.has_rate()) return Bad(f("count"), "a count or a rate is required");
  if (o.has_count() && o.count() < 0) {
    return Bad(f("count"), StrCat("must not be negative (got ", o.count(), ")"));
  }
  if (o.has_rate()) {
    if (auto s = RequireNonNegative(f("rate"), o.rate()); !s.ok()) return s;
  }
  if (auto s = ValidateSurveyBounds(o, f); !s.ok()) return s;
  if (o.note().size() > kMaxTextLength) return Bad(f("note"), "is too long");
  return absl::OkStatus();
}

absl::Status ValidateSeriesNote(const common::v1::SeriesNote& note, int i) {
  const auto f = [i](std::string_view name) { return Field("series_notes", i, name); };
  const std::string& scope = note.scope();
  if (absl::StartsWith(scope, "source:")) {
    if (scope.size() == 7) return Bad(f("scope"), "names no source");
  } else if (absl::StartsWith(scope, "indicator:")) {
    if (auto s = RequireIndicatorId(f("scope"), scope.substr(10)); !s.ok()) return s;
  } else if (absl::StartsWith(scope, "theme:")) {
    if (FindThemeBySlug(scope.substr(6)) == nullptr) {
      return Bad(f("scope"), StrCat("'", scope.substr(6), "' is not a theme"));
    }
  } else if (absl::StartsWith(scope, "areas-below:")) {
    if (auto s = RequireAreaCode(f("scope"), scope.substr(12)); !s.ok()) return s;
  } else {
    return Bad(f("scope"), "must start with source:, indicator:, theme: or areas-below:");
  }
  if (auto s = CheckDateField(f("effective_from"), note.effective_from(), true); !s.ok()) return s;
  if (!common::v1::SeriesNoteKind_IsValid(note.kind()) ||
      note.kind() == common::v1::SERIES_NOTE_KIND_UNSPECIFIED) {
    return Bad(f("kind"), "is required (series_break or note)");
  }
  return RequireText(f("text"), note.text());
}

absl::Status ValidatePlan(const common::v1::Plan& plan, int i) {
  const auto f = [i](std::string_view name) { return Field("plans", i, name); };
  if (!IsMunicipalityCode(plan.municipality())) {
    return Bad(f("municipality"), "is required and must be a CBS municipality code");
  }
  if (auto s = RequireText(f("title"), plan.title()); !s.ok()) return s;
  for (auto [name, year] :
       {std::pair{"first_year", plan.first_year()}, std::pair{"last_year", plan.last_year()},
        std::pair{"baseline_year", plan.baseline_year()}}) {
    if (year < 1900 || year > 2999) return Bad(f(name), "must be a year between 1900 and 2999");
  }
  if (plan.last_year() < plan.first_year()) {
    return Bad(f("last_year"), "must not precede first_year");
  }
  if (plan.baseline_year() > plan.first_year()) {
    return Bad(f("baseline_year"), "must not follow first_year");
  }
  if (plan.department().find('\n') != std::string::npos) {
    return Bad(f("department"), "must be one line");
  }
  for (int t = 0; t < plan.topics_size(); ++t) {
    const auto& topic = plan.topics(t);
    const std::string at = StrCat(f("topics"), "[", t, "].");
    if (topic.theme() == common::v1::THEME_UNSPECIFIED ||
        topic.theme() == common::v1::THEME_GENERAL || FindTheme(topic.theme()) == nullptr) {
      return Bad(StrCat(at, "theme"), "must be one of the plan's themes");
    }
    if (!topic.number().empty() && !IsChapterNumber(topic.number())) {
      return Bad(StrCat(at, "number"), "must be digits separated by dots, e.g. 3.3");
    }
    if (auto s = RequireText(StrCat(at, "title"), topic.title()); !s.ok()) return s;
  }
  return absl::OkStatus();
}

// Large enough for a chapter's prose, small enough that one text cannot
// swell a report.
constexpr size_t kMaxTextBytes = 20000;

absl::Status ValidateReportText(const common::v1::ReportText& t, int i,
                                const std::set<Theme>& accepted) {
  const auto f = [i](std::string_view name) { return Field("texts", i, name); };
  if (auto s = RequireAcceptedTheme(f("theme"), t.theme(), accepted); !s.ok()) return s;
  if (auto s = RequirePeriod(f("period"), t.period()); !s.ok()) return s;
  const bool general = t.theme() == common::v1::THEME_GENERAL;
  switch (t.place()) {
    case common::v1::TEXT_PLACE_INTRODUCTION:
    case common::v1::TEXT_PLACE_CONCLUSION:
      if (!general)
        return Bad(f("theme"), "must be THEME_GENERAL for an introduction or conclusion");
      if (!t.topic().empty()) return Bad(f("topic"), "must be empty for this place");
      break;
    case common::v1::TEXT_PLACE_THEME:
      if (general) return Bad(f("theme"), "must be one of the four themes for a theme's text");
      if (!t.topic().empty()) return Bad(f("topic"), "must be empty for a theme's text");
      break;
    case common::v1::TEXT_PLACE_TOPIC:
      if (general) return Bad(f("theme"), "must be one of the four themes for a topic's text");
      if (auto s = RequireText(f("topic"), t.topic()); !s.ok()) return s;
      break;
    default:
      return Bad(f("place"), "is required (introduction, conclusion, theme or topic)");
  }
  if (t.body().size() > kMaxTextBytes) {
    return Bad(f("body"), StrCat("is ", t.body().size(), " bytes; at most ", kMaxTextBytes));
  }
  return absl::OkStatus();
}

absl::Status ValidateActivity(const common::v1::Activity& a, int i,
                              const std::set<Theme>& accepted) {
  const auto f = [i](std::string_view name) { return Field("activities", i, name); };
  if (auto s = RequireAcceptedTheme(f("theme"), a.theme(), accepted); !s.ok()) return s;
  if (auto s = RequireText(f("topic"), a.topic()); !s.ok()) return s;
  if (auto s = RequirePeriod(f("period"), a.period()); !s.ok()) return s;
  if (auto s = RequireNonNegative(f("quantity"), a.quantity()); !s.ok()) return s;
  if (auto s = RequireText(f("unit"), a.unit()); !s.ok()) return s;
  if (auto s = RequireText(f("description"), a.description()); !s.ok()) return s;
  for (int p = 0; p < a.partners_size(); ++p) {
    const std::string field = StrCat(f("partners"), "[", p, "]");
    if (auto s = RequireText(field, a.partners(p)); !s.ok()) return s;
    if (a.partners(p).find('\n') != std::string::npos) return Bad(field, "must be one line");
  }
  return absl::OkStatus();
}

// The owned items of a request belong to its parent: a plan, a goal, an
// activity or a municipal note without one has no owner.
absl::Status ValidateOwnership(const v1::UpsertThemeDataRequest& request) {
  std::string owner;
  if (!request.parent().empty()) {
    auto parsed = ParseParent("parent", request.parent());
    if (!parsed.ok()) return parsed.status();
    owner = *parsed;
  }
  const auto needs_parent = [&owner](const std::string& field, std::string_view what) {
    if (!owner.empty()) return absl::OkStatus();
    return Bad(field,
               StrCat(what, " belongs to a municipality: set parent (municipalities/{code})"));
  };
  for (int i = 0; i < request.plans_size(); ++i) {
    const std::string field = Field("plans", i, "municipality");
    if (auto s = needs_parent(field, "a plan"); !s.ok()) return s;
    if (request.plans(i).municipality() != owner) {
      return Bad(field, StrCat("'", request.plans(i).municipality(),
                               "' differs from the request's parent ", request.parent()));
    }
  }
  for (int i = 0; i < request.indicators_size(); ++i) {
    if (!request.indicators(i).has_goal()) continue;
    if (auto s = needs_parent(Field("indicators", i, "goal"), "a goal"); !s.ok()) return s;
  }
  for (int i = 0; i < request.activities_size(); ++i) {
    if (auto s = needs_parent(Field("activities", i, "theme"), "an activity"); !s.ok()) return s;
  }
  for (int i = 0; i < request.texts_size(); ++i) {
    if (auto s = needs_parent(Field("texts", i, "theme"), "a report text"); !s.ok()) return s;
  }
  for (int i = 0; i < request.series_notes_size(); ++i) {
    const std::string& municipality = request.series_notes(i).municipality();
    if (!municipality.empty() && municipality != owner) {
      return Bad(Field("series_notes", i, "municipality"),
                 StrCat("'", municipality, "' is not the request's parent ",
                        request.parent().empty() ? "(none set)" : request.parent()));
    }
  }
  return absl::OkStatus();
}

}  // namespace

absl::Status ValidateUpsert(const v1::UpsertThemeDataRequest& request,
                            const std::set<Theme>& accepted_themes) {
  if (auto s = ValidateOwnership(request); !s.ok()) return s;
  for (int i = 0; i < request.areas_size(); ++i) {
    if (auto s = ValidateArea(request.areas(i), i); !s.ok()) return s;
  }
  for (int i = 0; i < request.indicators_size(); ++i) {
    if (auto s = ValidateIndicator(request.indicators(i), i, accepted_themes); !s.ok()) return s;
  }
  for (int i = 0; i < request.denominators_size(); ++i) {
    if (auto s = ValidateDenominator(request.denominators(i), i); !s.ok()) return s;
  }
  for (int i = 0; i < request.observations_size(); ++i) {
    if (auto s = ValidateObservation(request.observations(i), i); !s.ok()) return s;
  }
  for (int i = 0; i < request.series_notes_size(); ++i) {
    if (auto s = ValidateSeriesNote(request.series_notes(i), i); !s.ok()) return s;
  }
  for (int i = 0; i < request.activities_size(); ++i) {
    if (auto s = ValidateActivity(request.activities(i), i, accepted_themes); !s.ok()) return s;
  }
  for (int i = 0; i < request.plans_size(); ++i) {
    if (auto s = ValidatePlan(request.plans(i), i); !s.ok()) return s;
  }
  for (int i = 0; i < request.boundaries_size(); ++i) {
    if (auto s = ValidateBoundary(request.boundaries(i), i); !s.ok()) return s;
  }
  for (int i = 0; i < request.texts_size(); ++i) {
    if (auto s = ValidateReportText(request.texts(i), i, accepted_themes); !s.ok()) return s;
  }
  return absl::OkStatus();
}

absl::Status ValidateReferences(const v1::UpsertThemeDataRequest& request,
                                const std::set<std::string>& known_indicators,
                                const std::set<std::string>& known_areas) {
  std::set<std::string> indicators = known_indicators;
  for (const auto& indicator : request.indicators()) indicators.insert(indicator.id());
  std::set<std::string> areas = known_areas;
  for (const auto& area : request.areas()) areas.insert(area.code());

  const auto unknown_indicator = [](const std::string& field, const std::string& id) {
    return Bad(field, StrCat("unknown indicator '", id, "'"));
  };
  const auto unknown_area = [](const std::string& field, const std::string& code) {
    return Bad(field, StrCat("unknown area '", code, "'; import it under areas first"));
  };

  for (int i = 0; i < request.areas_size(); ++i) {
    const auto& area = request.areas(i);
    for (int m = 0; m < area.members_size(); ++m) {
      if (!areas.contains(area.members(m))) {
        return unknown_area(StrCat(Field("areas", i, "members"), "[", m, "]"), area.members(m));
      }
    }
    for (int g = 0; g < area.comparison_groups_size(); ++g) {
      if (!areas.contains(area.comparison_groups(g))) {
        return unknown_area(StrCat(Field("areas", i, "comparison_groups"), "[", g, "]"),
                            area.comparison_groups(g));
      }
    }
  }
  for (int i = 0; i < request.indicators_size(); ++i) {
    const auto& indicator = request.indicators(i);
    for (int c = 0; c < indicator.components_size(); ++c) {
      if (!indicators.contains(indicator.components(c))) {
        return unknown_indicator(StrCat(Field("indicators", i, "components"), "[", c, "]"),
                                 indicator.components(c));
      }
    }
  }
  for (int i = 0; i < request.boundaries_size(); ++i) {
    if (!areas.contains(request.boundaries(i).area())) {
      return unknown_area(StrCat("boundaries[", i, "].area"), request.boundaries(i).area());
    }
  }
  for (int i = 0; i < request.denominators_size(); ++i) {
    if (!areas.contains(request.denominators(i).area())) {
      return unknown_area(Field("denominators", i, "area"), request.denominators(i).area());
    }
  }
  for (int i = 0; i < request.observations_size(); ++i) {
    const auto& o = request.observations(i);
    if (!indicators.contains(o.indicator())) {
      return unknown_indicator(Field("observations", i, "indicator"), o.indicator());
    }
    if (!areas.contains(o.area())) return unknown_area(Field("observations", i, "area"), o.area());
  }
  for (int i = 0; i < request.plans_size(); ++i) {
    if (!areas.contains(request.plans(i).municipality())) {
      return unknown_area(Field("plans", i, "municipality"), request.plans(i).municipality());
    }
  }
  for (int i = 0; i < request.series_notes_size(); ++i) {
    const std::string& scope = request.series_notes(i).scope();
    if (absl::StartsWith(scope, "indicator:") && !indicators.contains(scope.substr(10))) {
      return unknown_indicator(Field("series_notes", i, "scope"), scope.substr(10));
    }
    if (absl::StartsWith(scope, "areas-below:") && !areas.contains(scope.substr(12))) {
      return unknown_area(Field("series_notes", i, "scope"), scope.substr(12));
    }
  }
  return absl::OkStatus();
}

}  // namespace veilig::theme
