#include "common/import/worked_example.h"

#include <algorithm>
#include <set>

#include "common/csv/csv_reader.h"
#include "common/domain/resource_name.h"
#include "common/domain/strings.h"
#include "common/import/boundary_request.h"
#include "common/import/csv_fields.h"
#include "common/import/csv_rows.h"
#include "common/import/signal_columns.h"
#include "common/theme/themes.h"

namespace veilig::import {
namespace {

namespace cv1 = common::v1;
std::string S(std::string_view v) { return std::string(v); }

class Planner {
 public:
  Planner(const std::filesystem::path& directory, const std::string& municipality,
          const OwnerLookup& lookup)
      : directory_(directory), municipality_(municipality), lookup_(lookup) {
    for (auto service : theme::ThemeServiceNames()) {
      auto& request = plan_.by_service[S(service)].request;
      if (!municipality.empty()) request.set_parent(MunicipalityName(municipality));
    }
  }

  absl::StatusOr<ImportPlan> Run() {
    for (auto step : {&Planner::Areas, &Planner::Boundaries, &Planner::Plans, &Planner::PlanTopics,
                      &Planner::Indicators, &Planner::Denominators, &Planner::Observations,
                      &Planner::SeriesNotes, &Planner::Activities, &Planner::Texts}) {
      if (auto status = (this->*step)(); !status.ok()) return status;
    }
    static const std::set<std::string> kHandled = {
        "areas.csv",        "plan.csv",         "plan_topics.csv",
        "indicators.csv",   "denominators.csv", "observations.csv",
        "series_notes.csv", "activities.csv",   "texts.csv"};
    for (const auto& entry : std::filesystem::directory_iterator(directory_)) {
      const std::string name = entry.path().filename().string();
      if (entry.path().extension() == ".csv" && !kHandled.contains(name)) {
        plan_.other_files.push_back(name);
      }
    }
    std::sort(plan_.other_files.begin(), plan_.other_files.end());
    return std::move(plan_);
  }

 private:
  template <typename Message>
  void ToAll(const std::string& list, const Message& item, const SourceLine& where,
             Message* (theme::v1::UpsertThemeDataRequest::*add)()) {
    for (auto& [service, import] : plan_.by_service) To(service, list, item, where, add);
  }

  template <typename Message>
  void To(const std::string& service, const std::string& list, const Message& item,
          const SourceLine& where, Message* (theme::v1::UpsertThemeDataRequest::*add)()) {
    ServiceImport& import = plan_.by_service[service];
    *(import.request.*add)() = item;
    import.sources.Add(list, where);
  }

  absl::StatusOr<std::string> OwnerOfIndicator(const std::string& id) {
    if (auto it = owners_.find(id); it != owners_.end()) return it->second;
    if (auto owner = lookup_ ? lookup_(id) : std::nullopt) {
      owners_[id] = *owner;
      return *owner;
    }
    return absl::InvalidArgumentError(StrCat("indicator: unknown indicator '", id,
                                             "' (not in indicators.csv nor in any service)"));
  }

  absl::Status Areas() {
    return ForEachRow(directory_, "areas.csv", {"code", "name", "kind"},
                      [this](const csv::CsvTable& row, const SourceLine& where) -> absl::Status {
                        cv1::Area area;
                        area.set_code(S(row.Get("code")));
                        area.set_name(S(row.Get("name")));
                        auto kind = ParseAreaKind(row.Get("kind"));
                        if (!kind.ok()) return kind.status();
                        area.set_kind(*kind);
                        area.set_parent(S(row.Get("parent")));
                        for (auto& m : SplitList(row.Get("members"), ';')) area.add_members(m);
                        for (auto& g : SplitList(row.Get("comparison_groups"), ';')) {
                          area.add_comparison_groups(g);
                        }
                        ToAll("areas", area, where, &theme::v1::UpsertThemeDataRequest::add_areas);
                        return absl::OkStatus();
                      })
        .status();
  }

  // The directory's boundary files (e.g. the CBS wijken and buurten) go with
  // its CSV files to every service: its denominators and figures may name
  // the areas they define.
  absl::Status Boundaries() {
    auto files = ReadDirectoryBoundaries(directory_);
    if (!files.ok()) return files.status();
    for (const auto& [file, request] : *files) {
      for (int i = 0; i < request.areas_size(); ++i) {
        ToAll("areas", request.areas(i), {file, i + 1},
              &theme::v1::UpsertThemeDataRequest::add_areas);
      }
      for (int i = 0; i < request.boundaries_size(); ++i) {
        ToAll("boundaries", request.boundaries(i), {file, i + 1},
              &theme::v1::UpsertThemeDataRequest::add_boundaries);
      }
    }
    return absl::OkStatus();
  }

  absl::Status Plans() {
    return ForEachRow(directory_, "plan.csv",
                      {"municipality", "title_nl", "first_year", "last_year", "baseline_year"},
                      [this](const csv::CsvTable& row, const SourceLine& where) -> absl::Status {
                        cv1::Plan plan;
                        plan.set_municipality(S(row.Get("municipality")));
                        plan.set_title(S(row.Get("title_nl")));
                        for (auto [column, setter] :
                             {std::pair{"first_year", &cv1::Plan::set_first_year},
                              std::pair{"last_year", &cv1::Plan::set_last_year},
                              std::pair{"baseline_year", &cv1::Plan::set_baseline_year}}) {
                          auto year = OptionalInt(column, row.Get(column));
                          if (!year.ok()) return year.status();
                          if (!year->has_value())
                            return absl::InvalidArgumentError(StrCat(column, ": required"));
                          (plan.*setter)(static_cast<int32_t>(**year));
                        }
                        plan.set_department(S(row.Get("department_nl")));
                        ToAll("plans", plan, where, &theme::v1::UpsertThemeDataRequest::add_plans);
                        return absl::OkStatus();
                      })
        .status();
  }

  // The plan's chapters, in file order, go with the plan to every service.
  absl::Status PlanTopics() {
    return ForEachRow(directory_, "plan_topics.csv", {"theme", "number", "title_nl"},
                      [this](const csv::CsvTable& row, const SourceLine&) -> absl::Status {
                        cv1::PlanTopic topic;
                        auto theme = ParseTheme(row.Get("theme"));
                        if (!theme.ok()) return theme.status();
                        topic.set_theme(*theme);
                        topic.set_number(S(row.Get("number")));
                        topic.set_title(S(row.Get("title_nl")));
                        for (auto& [service, import] : plan_.by_service) {
                          if (import.request.plans().empty()) {
                            return absl::InvalidArgumentError(
                                "a plan's chapters need the plan itself: add plan.csv");
                          }
                          *import.request.mutable_plans(0)->add_topics() = topic;
                        }
                        return absl::OkStatus();
                      })
        .status();
  }

  absl::Status Indicators() {
    return ForEachRow(
               directory_, "indicators.csv",
               {"id", "theme", "topic", "title_nl", "unit", "change_measure", "source"},
               [this](const csv::CsvTable& row, const SourceLine& where) -> absl::Status {
                 cv1::Indicator indicator;
                 indicator.set_id(S(row.Get("id")));
                 auto theme = ParseTheme(row.Get("theme"));
                 if (!theme.ok()) return theme.status();
                 indicator.set_theme(*theme);
                 indicator.set_topic(S(row.Get("topic")));
                 indicator.set_title(S(row.Get("title_nl")));
                 auto unit = ParseUnit(row.Get("unit"));
                 if (!unit.ok()) return unit.status();
                 indicator.set_unit(*unit);
                 auto measure = ParseChangeMeasure(row.Get("change_measure"));
                 if (!measure.ok()) return measure.status();
                 indicator.set_change_measure(*measure);
                 indicator.set_source(S(row.Get("source")));
                 indicator.set_definition(S(row.Get("definition")));
                 for (auto& c : SplitList(row.Get("police_code"), '/'))
                   indicator.add_police_codes(c);
                 for (auto& c : SplitList(row.Get("components"), '+')) indicator.add_components(c);
                 indicator.set_noun(S(row.Get("noun_nl")));
                 auto noun_kind = ParseNounKind(row.Get("noun_kind"));
                 if (!noun_kind.ok()) return noun_kind.status();
                 indicator.set_noun_kind(*noun_kind);
                 auto prescribed = ParsePrescribedSet(row.Get("prescribed_set"));
                 if (!prescribed.ok()) return prescribed.status();
                 indicator.set_prescribed_set(*prescribed);
                 if (HasSignalColumns(row)) {
                   auto settings = ParseSignalColumns(row);
                   if (!settings.ok()) return settings.status();
                   *indicator.mutable_signal_settings() = std::move(*settings);
                 }
                 auto direction = ParseGoalDirection(row.Get("goal_direction"));
                 if (!direction.ok()) return direction.status();
                 if (*direction != cv1::GOAL_DIRECTION_UNSPECIFIED) {
                   auto year = OptionalInt("goal_baseline_year", row.Get("goal_baseline_year"));
                   if (!year.ok()) return year.status();
                   if (!year->has_value()) {
                     return absl::InvalidArgumentError("goal_baseline_year: required with a goal");
                   }
                   indicator.mutable_goal()->set_direction(*direction);
                   indicator.mutable_goal()->set_baseline_year(static_cast<int32_t>(**year));
                 }
                 const std::string service = S(theme::FindTheme(*theme)->service);
                 owners_[indicator.id()] = service;
                 To(service, "indicators", indicator, where,
                    &theme::v1::UpsertThemeDataRequest::add_indicators);
                 return absl::OkStatus();
               })
        .status();
  }

  absl::Status Denominators() {
    return ForEachRow(
               directory_, "denominators.csv", {"area", "period"},
               [this](const csv::CsvTable& row, const SourceLine& where) -> absl::Status {
                 cv1::Denominator d;
                 d.set_area(S(row.Get("area")));
                 d.set_period(S(row.Get("period")));
                 for (auto [column, setter] :
                      {std::pair{"inhabitants", &cv1::Denominator::set_inhabitants},
                       std::pair{"dwellings", &cv1::Denominator::set_dwellings},
                       std::pair{"residents_12_24", &cv1::Denominator::set_residents_12_24},
                       std::pair{"residents_12_17", &cv1::Denominator::set_residents_12_17}}) {
                   auto value = OptionalInt(column, row.Get(column));
                   if (!value.ok()) return value.status();
                   if (value->has_value()) (d.*setter)(**value);
                 }
                 ToAll("denominators", d, where,
                       &theme::v1::UpsertThemeDataRequest::add_denominators);
                 return absl::OkStatus();
               })
        .status();
  }

  absl::Status Observations() {
    return ForEachRow(directory_, "observations.csv", {"indicator", "area", "period"},
                      [this](const csv::CsvTable& row, const SourceLine& where) -> absl::Status {
                        cv1::Observation o;
                        o.set_indicator(S(row.Get("indicator")));
                        o.set_area(S(row.Get("area")));
                        o.set_period(S(row.Get("period")));
                        auto count = OptionalInt("count", row.Get("count"));
                        if (!count.ok()) return count.status();
                        if (count->has_value()) o.set_count(**count);
                        auto rate = OptionalDouble("rate", row.Get("rate"));
                        if (!rate.ok()) return rate.status();
                        if (rate->has_value()) o.set_rate(**rate);
                        // A survey percentage's 95% interval.
                        auto lower = OptionalDouble("lower_bound", row.Get("lower_bound"));
                        if (!lower.ok()) return lower.status();
                        if (lower->has_value()) o.set_lower_bound(**lower);
                        auto upper = OptionalDouble("upper_bound", row.Get("upper_bound"));
                        if (!upper.ok()) return upper.status();
                        if (upper->has_value()) o.set_upper_bound(**upper);
                        o.set_note(S(row.Get("note")));
                        auto owner = OwnerOfIndicator(o.indicator());
                        if (!owner.ok()) return owner.status();
                        To(*owner, "observations", o, where,
                           &theme::v1::UpsertThemeDataRequest::add_observations);
                        return absl::OkStatus();
                      })
        .status();
  }

  absl::Status SeriesNotes() {
    return ForEachRow(
               directory_, "series_notes.csv", {"scope", "effective_from", "kind", "text_nl"},
               [this](const csv::CsvTable& row, const SourceLine& where) -> absl::Status {
                 cv1::SeriesNote note;
                 note.set_scope(S(row.Get("scope")));
                 auto from = OptionalDate("effective_from", row.Get("effective_from"));
                 if (!from.ok()) return from.status();
                 *note.mutable_effective_from() = *from;
                 auto kind = ParseNoteKind(row.Get("kind"));
                 if (!kind.ok()) return kind.status();
                 note.set_kind(*kind);
                 note.set_text(S(row.Get("text_nl")));
                 const std::string& scope = note.scope();
                 // A source's registration change is national; any other
                 // note is the municipality's own.
                 if (!scope.starts_with("source:")) {
                   if (municipality_.empty()) {
                     return absl::InvalidArgumentError(
                         StrCat("scope: a note on '", scope,
                                "' belongs to a municipality: name it with --municipality=GMxxxx"));
                   }
                   note.set_municipality(municipality_);
                 }
                 const auto add = &theme::v1::UpsertThemeDataRequest::add_series_notes;
                 if (scope.starts_with("indicator:")) {
                   auto owner = OwnerOfIndicator(scope.substr(10));
                   if (!owner.ok()) return owner.status();
                   To(*owner, "series_notes", note, where, add);
                 } else if (scope.starts_with("theme:")) {
                   auto theme = ParseTheme(scope.substr(6));
                   if (!theme.ok()) return theme.status();
                   To(S(theme::FindTheme(*theme)->service), "series_notes", note, where, add);
                 } else {
                   // A source's note concerns every service that shows its figures.
                   ToAll("series_notes", note, where, add);
                 }
                 return absl::OkStatus();
               })
        .status();
  }

  absl::Status Activities() {
    return ForEachRow(directory_, "activities.csv",
                      {"theme", "topic", "period", "quantity", "unit_nl", "description_nl"},
                      [this](const csv::CsvTable& row, const SourceLine& where) -> absl::Status {
                        cv1::Activity a;
                        auto theme = ParseTheme(row.Get("theme"));
                        if (!theme.ok()) return theme.status();
                        a.set_theme(*theme);
                        a.set_topic(S(row.Get("topic")));
                        a.set_period(S(row.Get("period")));
                        auto quantity = OptionalDouble("quantity", row.Get("quantity"));
                        if (!quantity.ok()) return quantity.status();
                        if (!quantity->has_value())
                          return absl::InvalidArgumentError("quantity: required");
                        a.set_quantity(**quantity);
                        a.set_unit(S(row.Get("unit_nl")));
                        a.set_description(S(row.Get("description_nl")));
                        for (auto& p : SplitList(row.Get("partners"), ',')) a.add_partners(p);
                        To(S(theme::FindTheme(*theme)->service), "activities", a, where,
                           &theme::v1::UpsertThemeDataRequest::add_activities);
                        return absl::OkStatus();
                      })
        .status();
  }

  // The department's own texts; `place` may be left out where theme and topic
  // say it (a topic: beside the topic; none: the theme's opening).
  absl::Status Texts() {
    return ForEachRow(directory_, "texts.csv", {"theme", "period", "text_nl"},
                      [this](const csv::CsvTable& row, const SourceLine& where) -> absl::Status {
                        cv1::ReportText text;
                        auto theme = ParseTheme(row.Get("theme"));
                        if (!theme.ok()) return theme.status();
                        text.set_theme(*theme);
                        text.set_topic(S(row.Get("topic")));
                        text.set_period(S(row.Get("period")));
                        text.set_body(S(row.Get("text_nl")));
                        if (!row.Get("place").empty()) {
                          auto place = ParseTextPlace(row.Get("place"));
                          if (!place.ok()) return place.status();
                          text.set_place(*place);
                        } else if (*theme == cv1::THEME_GENERAL) {
                          return absl::InvalidArgumentError(
                              "place: required for the general part (introduction or conclusion)");
                        } else {
                          text.set_place(text.topic().empty() ? cv1::TEXT_PLACE_THEME
                                                              : cv1::TEXT_PLACE_TOPIC);
                        }
                        To(S(theme::FindTheme(*theme)->service), "texts", text, where,
                           &theme::v1::UpsertThemeDataRequest::add_texts);
                        return absl::OkStatus();
                      })
        .status();
  }

  std::filesystem::path directory_;
  std::string municipality_;
  const OwnerLookup& lookup_;
  ImportPlan plan_;
  std::map<std::string, std::string> owners_;
};

}  // namespace

bool ServiceImport::empty() const {
  const auto& r = request;
  return r.areas().empty() && r.boundaries().empty() && r.indicators().empty() &&
         r.denominators().empty() && r.observations().empty() && r.series_notes().empty() &&
         r.activities().empty() && r.plans().empty() && r.texts().empty();
}

bool ServiceImport::HoldsOwnedRecords() const {
  const auto& r = request;
  return !r.plans().empty() || !r.activities().empty() || !r.texts().empty() ||
         std::any_of(r.indicators().begin(), r.indicators().end(),
                     [](const auto& i) { return i.has_goal(); }) ||
         std::any_of(r.series_notes().begin(), r.series_notes().end(),
                     [](const auto& n) { return !n.municipality().empty(); });
}

absl::StatusOr<ImportPlan> PlanImport(const std::filesystem::path& directory,
                                      const std::string& municipality,
                                      const OwnerLookup& owner_lookup) {
  if (!std::filesystem::is_directory(directory)) {
    return absl::NotFoundError(StrCat("'", directory.string(), "' is not a directory"));
  }
  return Planner(directory, municipality, owner_lookup).Run();
}

}  // namespace veilig::import
