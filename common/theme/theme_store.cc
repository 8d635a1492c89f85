#include "common/theme/theme_store.h"

#include <google/protobuf/util/json_util.h>
#include <malloc.h>

#include <algorithm>
#include <set>

#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "common/domain/calendar_date.h"
#include "common/domain/codes.h"
#include "common/domain/period.h"
#include "common/domain/resource_name.h"
#include "common/domain/strings.h"
#include "common/theme/boundary_store.h"
#include "common/theme/comparison_groups.h"
#include "common/theme/group_figures.h"

namespace veilig::theme {
namespace {

using storage::Connection;
using storage::Row;
using storage::Value;
namespace cv1 = common::v1;

// Lists of validated codes never contain a comma; partner names never a newline.
constexpr char kCodeSeparator[] = ",";
constexpr char kTextSeparator[] = "\n";

std::vector<std::string> SplitList(const std::string& joined, const char* separator) {
  if (joined.empty()) return {};
  return absl::StrSplit(joined, separator);
}

template <typename Repeated>
std::string JoinList(const Repeated& items, const char* separator) {
  return absl::StrJoin(items.begin(), items.end(), separator);
}

// An indicator's definition with one municipality's goal for it ($1; no goal
// for the empty code).
constexpr char kIndicatorSelect[] =
    "SELECT i.id, i.title, i.theme, i.topic, i.unit, i.change_measure, i.source, i.definition, "
    "i.police_codes, i.components, g.direction, g.baseline_year, g.target, i.noun, i.noun_kind, "
    "i.prescribed_set, i.signal_settings "
    "FROM indicators i "
    "LEFT JOIN goals g ON g.indicator = i.id AND g.municipality = $1";

cv1::Indicator IndicatorFromRow(const Row& row) {
  cv1::Indicator indicator;
  indicator.set_id(row.Text(0));
  indicator.set_title(row.Text(1));
  indicator.set_theme(static_cast<cv1::Theme>(row.Int(2)));
  indicator.set_topic(row.Text(3));
  indicator.set_unit(static_cast<cv1::Unit>(row.Int(4)));
  indicator.set_change_measure(static_cast<cv1::ChangeMeasure>(row.Int(5)));
  indicator.set_source(row.Text(6));
  indicator.set_definition(row.Text(7));
  for (auto& code : SplitList(row.Text(8), kCodeSeparator)) indicator.add_police_codes(code);
  for (auto& id : SplitList(row.Text(9), kCodeSeparator)) indicator.add_components(id);
  if (auto direction = row.OptionalInt(10)) {
    auto* goal = indicator.mutable_goal();
    goal->set_direction(static_cast<cv1::GoalDirection>(*direction));
    goal->set_baseline_year(static_cast<int32_t>(row.Int(11)));
    if (auto target = row.OptionalDouble(12)) goal->set_target(*target);
  }
  indicator.set_noun(row.Text(13));
  indicator.set_noun_kind(static_cast<cv1::NounKind>(row.Int(14)));
  indicator.set_prescribed_set(static_cast<cv1::PrescribedSet>(row.Int(15)));
  // Written by WriteIndicator from a validated message: it parses.
  if (const std::string settings = row.Text(16); !settings.empty()) {
    (void)google::protobuf::util::JsonStringToMessage(settings,
                                                      indicator.mutable_signal_settings());
  }
  return indicator;
}

// The columns AreaFromRow reads, in its order.
constexpr char kAreaColumns[] =
    "code, name, kind, parent, members, comparison_groups, first_year, last_year";

// `columns` ("a, b") of the table named `alias` in a join ("x.a, x.b").
std::string Prefixed(std::string_view columns, const std::string& alias) {
  std::string prefixed;
  for (absl::string_view column :
       absl::StrSplit(absl::string_view(columns.data(), columns.size()), ", ")) {
    if (!prefixed.empty()) prefixed += ", ";
    prefixed += alias;
    prefixed += '.';
    prefixed.append(column.data(), column.size());
  }
  return prefixed;
}

cv1::Area AreaFromRow(const Row& row) {
  cv1::Area area;
  area.set_code(row.Text(0));
  area.set_name(row.Text(1));
  area.set_kind(static_cast<cv1::AreaKind>(row.Int(2)));
  area.set_parent(row.Text(3));
  for (auto& m : SplitList(row.Text(4), kCodeSeparator)) area.add_members(m);
  for (auto& g : SplitList(row.Text(5), kCodeSeparator)) area.add_comparison_groups(g);
  area.set_first_year(static_cast<int32_t>(row.Int(6)));
  area.set_last_year(static_cast<int32_t>(row.Int(7)));
  return area;
}

absl::StatusOr<std::set<std::string>> Keys(Connection& c, std::string_view sql) {
  std::set<std::string> keys;
  absl::Status status = c.Query(sql, {}, [&keys](const Row& row) {
    keys.insert(row.Text(0));
    return absl::OkStatus();
  });
  if (!status.ok()) return status;
  return keys;
}

absl::Status WriteArea(Connection& c, const cv1::Area& a) {
  return c.Execute(
      StrCat("INSERT INTO areas (", kAreaColumns,
             ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (code) DO UPDATE SET "
             "name = excluded.name, kind = excluded.kind, parent = excluded.parent, "
             "members = excluded.members, comparison_groups = excluded.comparison_groups, "
             "first_year = excluded.first_year, last_year = excluded.last_year"),
      std::vector<Value>{a.code(), a.name(), int64_t{a.kind()}, a.parent(),
                         JoinList(a.members(), kCodeSeparator),
                         JoinList(a.comparison_groups(), kCodeSeparator), int64_t{a.first_year()},
                         int64_t{a.last_year()}});
}

// The signal settings as their JSON mapping: readable in the database, and
// fields added later read back as their defaults. Empty when none are set.
std::string SettingsText(const cv1::Indicator& indicator) {
  std::string text;
  if (indicator.has_signal_settings()) {
    (void)google::protobuf::util::MessageToJsonString(indicator.signal_settings(), &text);
  }
  return text;
}

// The indicator's definition, shared by every municipality.
absl::Status WriteIndicator(Connection& c, const cv1::Indicator& i) {
  return c.Execute(
      "INSERT INTO indicators (id, position, title, theme, topic, unit, change_measure, source, "
      "definition, police_codes, components, noun, noun_kind, prescribed_set, signal_settings) "
      "VALUES ($1, (SELECT COALESCE(MAX(position), 0) + 1 FROM indicators), $2, $3, $4, $5, $6, "
      "$7, $8, $9, $10, $11, $12, $13, $14) ON CONFLICT (id) DO UPDATE SET title = excluded.title, "
      "theme = excluded.theme, topic = excluded.topic, unit = excluded.unit, "
      "change_measure = excluded.change_measure, source = excluded.source, "
      "definition = excluded.definition, police_codes = excluded.police_codes, "
      "components = excluded.components, noun = excluded.noun, noun_kind = excluded.noun_kind, "
      "prescribed_set = excluded.prescribed_set, signal_settings = excluded.signal_settings",
      std::vector<Value>{i.id(), i.title(), int64_t{i.theme()}, i.topic(), int64_t{i.unit()},
                         int64_t{i.change_measure()}, i.source(), i.definition(),
                         JoinList(i.police_codes(), kCodeSeparator),
                         JoinList(i.components(), kCodeSeparator), i.noun(), int64_t{i.noun_kind()},
                         int64_t{i.prescribed_set()}, SettingsText(i)});
}

// The municipality's goal for the indicator: as the plan states it, so an
// indicator without one clears an earlier goal.
absl::Status WriteGoal(Connection& c, const std::string& municipality, const cv1::Indicator& i) {
  if (!i.has_goal()) {
    return c.Execute("DELETE FROM goals WHERE municipality = $1 AND indicator = $2",
                     std::vector<Value>{municipality, i.id()});
  }
  return c.Execute(
      "INSERT INTO goals (municipality, indicator, direction, baseline_year, target) "
      "VALUES ($1, $2, $3, $4, $5) ON CONFLICT (municipality, indicator) DO UPDATE SET "
      "direction = excluded.direction, baseline_year = excluded.baseline_year, "
      "target = excluded.target",
      std::vector<Value>{municipality, i.id(), int64_t{i.goal().direction()},
                         int64_t{i.goal().baseline_year()},
                         i.goal().has_target() ? Value(i.goal().target()) : Value()});
}

absl::Status WriteDenominator(Connection& c, const cv1::Denominator& d) {
  return c.Execute(
      "INSERT INTO denominators (area, period, inhabitants, dwellings, residents_12_24, "
      "residents_12_17) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (area, period) DO UPDATE SET "
      "inhabitants = excluded.inhabitants, dwellings = excluded.dwellings, "
      "residents_12_24 = excluded.residents_12_24, residents_12_17 = excluded.residents_12_17",
      std::vector<Value>{d.area(), d.period(),
                         d.has_inhabitants() ? Value(int64_t{d.inhabitants()}) : Value(),
                         d.has_dwellings() ? Value(int64_t{d.dwellings()}) : Value(),
                         d.has_residents_12_24() ? Value(int64_t{d.residents_12_24()}) : Value(),
                         d.has_residents_12_17() ? Value(int64_t{d.residents_12_17()}) : Value()});
}

const storage::UpsertTarget& ObservationTarget() {
  static const storage::UpsertTarget kTarget{"observations",
                                             {"indicator", "area", "period", "year", "value_count",
                                              "value_rate", "note", "lower_bound", "upper_bound"},
                                             3};
  return kTarget;
}

absl::Status WriteObservations(
    Connection& c, const google::protobuf::RepeatedPtrField<cv1::Observation>& observations) {
  std::vector<std::vector<Value>> rows;
  rows.reserve(observations.size());
  for (const auto& o : observations) {
    const int64_t year = Period::Parse(o.period())->year();
    rows.push_back({o.indicator(), o.area(), o.period(), year,
                    o.has_count() ? Value(int64_t{o.count()}) : Value(),
                    o.has_rate() ? Value(o.rate()) : Value(), o.note(),
                    o.has_lower_bound() ? Value(o.lower_bound()) : Value(),
                    o.has_upper_bound() ? Value(o.upper_bound()) : Value()});
  }
  return c.UpsertRows(ObservationTarget(), rows);
}

absl::Status WriteSeriesNote(Connection& c, const cv1::SeriesNote& n) {
  return c.Execute(
      "INSERT INTO series_notes (municipality, scope, effective_from, kind, text) "
      "VALUES ($1, $2, $3, $4, $5) ON CONFLICT (municipality, scope, effective_from, kind) "
      "DO UPDATE SET text = excluded.text",
      std::vector<Value>{n.municipality(), n.scope(), IsoDate(n.effective_from()),
                         int64_t{n.kind()}, n.text()});
}

absl::Status WriteActivity(Connection& c, const std::string& municipality, const cv1::Activity& a) {
  const int64_t year = Period::Parse(a.period())->year();
  return c.Execute(
      "INSERT INTO activities (municipality, theme, topic, period, unit, description, year, "
      "quantity, partners, position) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, "
      "(SELECT COALESCE(MAX(position), 0) + 1 FROM activities)) "
      "ON CONFLICT (municipality, theme, topic, period, unit, description) DO UPDATE SET "
      "quantity = excluded.quantity, partners = excluded.partners",
      std::vector<Value>{municipality, int64_t{a.theme()}, a.topic(), a.period(), a.unit(),
                         a.description(), year, a.quantity(),
                         JoinList(a.partners(), kTextSeparator)});
}

// A plan is written whole: its chapters replace the ones stored before.
absl::Status WritePlan(Connection& c, const cv1::Plan& p) {
  absl::Status status = c.Execute(
      "INSERT INTO plans (municipality, title, first_year, last_year, baseline_year, department) "
      "VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (municipality) DO UPDATE SET "
      "title = excluded.title, first_year = excluded.first_year, "
      "last_year = excluded.last_year, baseline_year = excluded.baseline_year, "
      "department = excluded.department",
      std::vector<Value>{p.municipality(), p.title(), int64_t{p.first_year()},
                         int64_t{p.last_year()}, int64_t{p.baseline_year()}, p.department()});
  if (!status.ok()) return status;
  status = c.Execute("DELETE FROM plan_topics WHERE municipality = $1",
                     std::vector<Value>{p.municipality()});
  for (int i = 0; status.ok() && i < p.topics_size(); ++i) {
    const cv1::PlanTopic& t = p.topics(i);
    status = c.Execute(
        "INSERT INTO plan_topics (municipality, position, theme, number, title) "
        "VALUES ($1, $2, $3, $4, $5)",
        std::vector<Value>{p.municipality(), int64_t{i}, int64_t{t.theme()}, t.number(),
                           t.title()});
  }
  return status;
}

absl::Status WriteReportText(Connection& c, const std::string& municipality,
                             const cv1::ReportText& t) {
  const std::vector<Value> key{municipality, t.period(), int64_t{t.theme()}, t.topic(),
                               int64_t{t.place()}};
  if (t.body().empty()) {
    return c.Execute(
        "DELETE FROM report_texts WHERE municipality = $1 AND period = $2 AND theme = $3 "
        "AND topic = $4 AND place = $5",
        key);
  }
  std::vector<Value> row = key;
  row.push_back(int64_t{Period::Parse(t.period())->year()});
  row.push_back(t.body());
  return c.Execute(
      "INSERT INTO report_texts (municipality, period, theme, topic, place, year, body) "
      "VALUES ($1, $2, $3, $4, $5, $6, $7) "
      "ON CONFLICT (municipality, period, theme, topic, place) DO UPDATE SET body = excluded.body",
      row);
}

absl::StatusOr<std::optional<cv1::Area>> LoadArea(Connection& c, const std::string& code) {
  std::optional<cv1::Area> area;
  absl::Status status = c.Query(StrCat("SELECT ", kAreaColumns, " FROM areas WHERE code = $1"),
                                std::vector<Value>{code}, [&area](const Row& row) {
                                  area = AreaFromRow(row);
                                  return absl::OkStatus();
                                });
  if (!status.ok()) return status;
  return area;
}

// An observation from the columns kObservationColumns lists.
constexpr char kObservationColumns[] =
    "indicator, area, period, value_count, value_rate, note, lower_bound, upper_bound";
cv1::Observation ObservationFromRow(const Row& row) {
  cv1::Observation o;
  o.set_indicator(row.Text(0));
  o.set_area(row.Text(1));
  o.set_period(row.Text(2));
  if (auto count = row.OptionalInt(3)) o.set_count(*count);
  if (auto rate = row.OptionalDouble(4)) o.set_rate(*rate);
  o.set_note(row.Text(5));
  if (auto lower = row.OptionalDouble(6)) o.set_lower_bound(*lower);
  if (auto upper = row.OptionalDouble(7)) o.set_upper_bound(*upper);
  return o;
}

// A denominator from the columns kDenominatorColumns lists.
constexpr char kDenominatorColumns[] =
    "area, period, inhabitants, dwellings, residents_12_24, residents_12_17";
cv1::Denominator DenominatorFromRow(const Row& row) {
  cv1::Denominator d;
  d.set_area(row.Text(0));
  d.set_period(row.Text(1));
  if (auto v = row.OptionalInt(2)) d.set_inhabitants(*v);
  if (auto v = row.OptionalInt(3)) d.set_dwellings(*v);
  if (auto v = row.OptionalInt(4)) d.set_residents_12_24(*v);
  if (auto v = row.OptionalInt(5)) d.set_residents_12_17(*v);
  return d;
}

// Adds the observations of `code` in [first_year, last_year] (of
// `indicators` only unless empty) and its denominators to `input`.
absl::Status LoadFiguresOf(Connection& c, const std::string& code, int first_year, int last_year,
                           SectionInput& input, const std::set<std::string>& indicators = {}) {
  const auto add = [&input](const Row& row) {
    input.observations.push_back(ObservationFromRow(row));
    return absl::OkStatus();
  };
  if (indicators.empty()) {
    absl::Status s =
        c.Query(StrCat("SELECT ", kObservationColumns,
                       " FROM observations WHERE area = $1 AND year BETWEEN $2 AND $3"),
                std::vector<Value>{code, int64_t{first_year}, int64_t{last_year}}, add);
    if (!s.ok()) return s;
  }
  // One range of the primary key per indicator: an area of the national set
  // holds figures of every indicator for decades. Periods are text that
  // starts with its year, so the years' periods lie between "2017" and
  // "2020" whatever their grain.
  for (const auto& indicator : indicators) {
    absl::Status s =
        c.Query(StrCat("SELECT ", kObservationColumns,
                       " FROM observations WHERE indicator = $1 AND area = $2 AND period >= $3 AND "
                       "period < $4"),
                std::vector<Value>{indicator, code, std::to_string(first_year),
                                   std::to_string(last_year + 1)},
                add);
    if (!s.ok()) return s;
  }
  return c.Query(StrCat("SELECT ", kDenominatorColumns, " FROM denominators WHERE area = $1"),
                 std::vector<Value>{code}, [&input](const Row& row) {
                   input.denominators.push_back(DenominatorFromRow(row));
                   return absl::OkStatus();
                 });
}

// The figures and denominators of the areas `levels` below `parent` (1: its
// parts; 2: its parts' parts) that `input` holds, of `indicators` only
// unless empty: one query for each, whatever the number of areas.
absl::Status LoadFiguresBelow(Connection& c, const std::string& parent, int levels, int first_year,
                              int last_year, SectionInput& input,
                              const std::set<std::string>& indicators) {
  // CROSS JOIN keeps SQLite's order, areas first (PostgreSQL plans freely):
  // without statistics SQLite would read every figure of the indicator and
  // look for its area, instead of the few areas' figures by primary key.
  const std::string from =
      levels == 1 ? "areas a CROSS JOIN " : "areas w CROSS JOIN areas a CROSS JOIN ";
  const std::string where = levels == 1 ? "a.parent = $1" : "w.parent = $1 AND a.parent = w.code";
  const auto add = [&input](const Row& row) {
    if (input.areas.contains(row.Text(1))) input.observations.push_back(ObservationFromRow(row));
    return absl::OkStatus();
  };
  const std::string select = StrCat("SELECT ", Prefixed(kObservationColumns, "o"), " FROM ");
  if (indicators.empty()) {
    absl::Status s =
        c.Query(StrCat(select, from, "observations o WHERE ", where,
                       " AND o.area = a.code AND o.year BETWEEN $2 AND $3"),
                std::vector<Value>{parent, int64_t{first_year}, int64_t{last_year}}, add);
    if (!s.ok()) return s;
  }
  for (const auto& indicator : indicators) {
    absl::Status s = c.Query(
        StrCat(select, from, "observations o WHERE ", where,
               " AND o.indicator = $2 AND o.area = a.code AND o.period >= $3 AND o.period < $4"),
        std::vector<Value>{parent, indicator, std::to_string(first_year),
                           std::to_string(last_year + 1)},
        add);
    if (!s.ok()) return s;
  }
  return c.Query(StrCat("SELECT ", Prefixed(kDenominatorColumns, "d"), " FROM ", from,
                        "denominators d WHERE ", where, " AND d.area = a.code"),
                 std::vector<Value>{parent}, [&input](const Row& row) {
                   if (input.areas.contains(row.Text(0))) {
                     input.denominators.push_back(DenominatorFromRow(row));
                   }
                   return absl::OkStatus();
                 });
}

}  // namespace

const std::vector<storage::Migration>& ThemeStore::Migrations() {
  static const std::vector<storage::Migration> kMigrations = {
      {1, "theme data",
       R"sql(
CREATE TABLE areas (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  kind INTEGER NOT NULL,
  parent TEXT NOT NULL DEFAULT '',
  members TEXT NOT NULL DEFAULT '',
  comparison_groups TEXT NOT NULL DEFAULT ''
);
CREATE TABLE indicators (
  id TEXT PRIMARY KEY,
  position INTEGER NOT NULL,
  title TEXT NOT NULL,
  theme INTEGER NOT NULL,
  topic TEXT NOT NULL,
  unit INTEGER NOT NULL,
  change_measure INTEGER NOT NULL,
  source TEXT NOT NULL,
  definition TEXT NOT NULL,
  police_codes TEXT NOT NULL,
  components TEXT NOT NULL,
  goal_direction INTEGER NOT NULL,
  goal_baseline_year INTEGER NOT NULL,
  goal_target DOUBLE PRECISION
);
CREATE TABLE denominators (
  area TEXT NOT NULL,
  period TEXT NOT NULL,
  inhabitants BIGINT,
  dwellings BIGINT,
  residents_12_24 BIGINT,
  PRIMARY KEY (area, period)
);
CREATE TABLE observations (
  indicator TEXT NOT NULL,
  area TEXT NOT NULL,
  period TEXT NOT NULL,
  year INTEGER NOT NULL,
  value_count BIGINT,
  value_rate DOUBLE PRECISION,
  note TEXT NOT NULL,
  PRIMARY KEY (indicator, area, period)
);
CREATE INDEX observations_by_area_year ON observations (area, year);
CREATE TABLE series_notes (
  scope TEXT NOT NULL,
  effective_from TEXT NOT NULL,
  kind INTEGER NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (scope, effective_from, kind)
);
CREATE TABLE activities (
  theme INTEGER NOT NULL,
  topic TEXT NOT NULL,
  period TEXT NOT NULL,
  unit TEXT NOT NULL,
  description TEXT NOT NULL,
  year INTEGER NOT NULL,
  quantity DOUBLE PRECISION NOT NULL,
  partners TEXT NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (theme, topic, period, unit, description)
);
CREATE INDEX activities_by_year ON activities (year);
)sql"},
      {2, "action plans",
       R"sql(
CREATE TABLE plans (
  municipality TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  first_year INTEGER NOT NULL,
  last_year INTEGER NOT NULL,
  baseline_year INTEGER NOT NULL
);
)sql"},
      {3, "checkpoints of streamed imports",
       R"sql(
CREATE TABLE ingest_checkpoints (
  import_id TEXT PRIMARY KEY,
  last_sequence BIGINT NOT NULL,
  observations BIGINT NOT NULL
);
)sql"},
      {4, "data version",
       R"sql(
CREATE TABLE data_version (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  version BIGINT NOT NULL
);
INSERT INTO data_version (id, version) VALUES (1, 1);
)sql"},
      // Records kept before municipalities owned them go to the one
      // municipality with a plan; with none or several they stay unowned
      // (invisible) until imported again.
      {5, "municipality owns its goals, activities and notes",
       R"sql(
CREATE TABLE goals (
  municipality TEXT NOT NULL,
  indicator TEXT NOT NULL,
  direction INTEGER NOT NULL,
  baseline_year INTEGER NOT NULL,
  target DOUBLE PRECISION,
  PRIMARY KEY (municipality, indicator)
);
INSERT INTO goals (municipality, indicator, direction, baseline_year, target)
SELECT (SELECT CASE WHEN COUNT(*) = 1 THEN MIN(municipality) ELSE '' END FROM plans),
       id, goal_direction, goal_baseline_year, goal_target
FROM indicators WHERE goal_direction <> 0;
ALTER TABLE indicators DROP COLUMN goal_direction;
ALTER TABLE indicators DROP COLUMN goal_baseline_year;
ALTER TABLE indicators DROP COLUMN goal_target;
CREATE TABLE owned_activities (
  municipality TEXT NOT NULL,
  theme INTEGER NOT NULL,
  topic TEXT NOT NULL,
  period TEXT NOT NULL,
  unit TEXT NOT NULL,
  description TEXT NOT NULL,
  year INTEGER NOT NULL,
  quantity DOUBLE PRECISION NOT NULL,
  partners TEXT NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (municipality, theme, topic, period, unit, description)
);
INSERT INTO owned_activities
SELECT (SELECT CASE WHEN COUNT(*) = 1 THEN MIN(municipality) ELSE '' END FROM plans),
       theme, topic, period, unit, description, year, quantity, partners, position
FROM activities;
DROP TABLE activities;
ALTER TABLE owned_activities RENAME TO activities;
CREATE INDEX activities_by_municipality_year ON activities (municipality, year);
CREATE TABLE owned_series_notes (
  municipality TEXT NOT NULL,
  scope TEXT NOT NULL,
  effective_from TEXT NOT NULL,
  kind INTEGER NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (municipality, scope, effective_from, kind)
);
INSERT INTO owned_series_notes
SELECT CASE WHEN scope LIKE 'source:%' THEN ''
            ELSE (SELECT CASE WHEN COUNT(*) = 1 THEN MIN(municipality) ELSE '' END FROM plans)
       END, scope, effective_from, kind, text
FROM series_notes;
DROP TABLE series_notes;
ALTER TABLE owned_series_notes RENAME TO series_notes;
DROP TABLE data_version;
)sql"},
      {6, "indicator nouns, plan chapters and department, the staff's report texts",
       R"sql(
ALTER TABLE indicators ADD COLUMN noun TEXT NOT NULL DEFAULT '';
ALTER TABLE indicators ADD COLUMN noun_kind INTEGER NOT NULL DEFAULT 0;
ALTER TABLE plans ADD COLUMN department TEXT NOT NULL DEFAULT '';
CREATE TABLE plan_topics (
  municipality TEXT NOT NULL,
  position INTEGER NOT NULL,
  theme INTEGER NOT NULL,
  number TEXT NOT NULL,
  title TEXT NOT NULL,
  PRIMARY KEY (municipality, position)
);
CREATE TABLE report_texts (
  municipality TEXT NOT NULL,
  period TEXT NOT NULL,
  theme INTEGER NOT NULL,
  topic TEXT NOT NULL,
  place INTEGER NOT NULL,
  year INTEGER NOT NULL,
  body TEXT NOT NULL,
  PRIMARY KEY (municipality, period, theme, topic, place)
);
)sql"},
      {7, "areas' division years, area boundaries",
       R"sql(
ALTER TABLE areas ADD COLUMN first_year INTEGER NOT NULL DEFAULT 0;
ALTER TABLE areas ADD COLUMN last_year INTEGER NOT NULL DEFAULT 0;
CREATE INDEX areas_by_parent ON areas (parent);
CREATE TABLE area_boundaries (
  area TEXT NOT NULL,
  year INTEGER NOT NULL,
  geometry TEXT NOT NULL,
  attribution TEXT NOT NULL,
  PRIMARY KEY (area, year)
);
)sql"},
      {8, "prescribed indicators (BBV), residents aged 12 to 17",
       R"sql(
ALTER TABLE indicators ADD COLUMN prescribed_set INTEGER NOT NULL DEFAULT 0;
ALTER TABLE denominators ADD COLUMN residents_12_17 BIGINT;
)sql"},
      {9, "indicators' signal settings",
       R"sql(
ALTER TABLE indicators ADD COLUMN signal_settings TEXT NOT NULL DEFAULT '';
)sql"},
      {10, "survey percentages' 95% bounds",
       R"sql(
ALTER TABLE observations ADD COLUMN lower_bound DOUBLE PRECISION;
ALTER TABLE observations ADD COLUMN upper_bound DOUBLE PRECISION;
)sql"},
  };
  return kMigrations;
}

absl::Status WriteThemeData(
    Connection& c, const v1::UpsertThemeDataRequest& request,
    const std::function<absl::Status(const std::set<std::string>&, const std::set<std::string>&)>&
        check_references) {
  // References are checked inside the write transaction, so no concurrent
  // write can invalidate them before this one commits.
  auto indicators = Keys(c, "SELECT id FROM indicators");
  if (!indicators.ok()) return indicators.status();
  auto areas = Keys(c, "SELECT code FROM areas");
  if (!areas.ok()) return areas.status();
  if (auto s = check_references(*indicators, *areas); !s.ok()) return s;
  if (request.validate_only()) return absl::OkStatus();

  for (const auto& a : request.areas()) {
    if (auto s = WriteArea(c, a); !s.ok()) return s;
  }
  const std::string owner = OwnerOf(request);
  for (const auto& i : request.indicators()) {
    if (auto s = WriteIndicator(c, i); !s.ok()) return s;
    if (owner.empty()) continue;
    if (auto s = WriteGoal(c, owner, i); !s.ok()) return s;
  }
  for (const auto& d : request.denominators()) {
    if (auto s = WriteDenominator(c, d); !s.ok()) return s;
  }
  if (auto s = WriteObservations(c, request.observations()); !s.ok()) return s;
  for (const auto& n : request.series_notes()) {
    if (auto s = WriteSeriesNote(c, n); !s.ok()) return s;
  }
  for (const auto& a : request.activities()) {
    if (auto s = WriteActivity(c, owner, a); !s.ok()) return s;
  }
  for (const auto& p : request.plans()) {
    if (auto s = WritePlan(c, p); !s.ok()) return s;
  }
  for (const auto& t : request.texts()) {
    if (auto s = WriteReportText(c, owner, t); !s.ok()) return s;
  }
  for (const auto& b : request.boundaries()) {
    if (auto s = WriteBoundary(c, b); !s.ok()) return s;
  }
  return absl::OkStatus();
}

std::string OwnerOf(const v1::UpsertThemeDataRequest& request) {
  return MunicipalityOf(request.parent()).value_or("");
}

absl::StatusOr<v1::UpsertThemeDataResponse> ThemeStore::Upsert(
    const v1::UpsertThemeDataRequest& request,
    const std::function<absl::Status(const std::set<std::string>&, const std::set<std::string>&)>&
        check_references) {
  WriteScope scope = WriteScope::Owned(OwnerOf(request));
  // A municipality's own notes are its records, not shared figures: writing
  // them leaves the other municipalities' cached sections valid.
  scope.figures = request.areas_size() > 0 || request.boundaries_size() > 0 ||
                  request.indicators_size() > 0 || request.denominators_size() > 0 ||
                  request.observations_size() > 0 ||
                  std::any_of(request.series_notes().begin(), request.series_notes().end(),
                              [](const auto& note) { return note.municipality().empty(); });
  absl::Status status = database_.Write(
      scope, [&](Connection& c) { return WriteThemeData(c, request, check_references); });
  if (!status.ok()) return status;
  v1::UpsertThemeDataResponse response;
  response.set_areas(request.areas_size());
  response.set_indicators(request.indicators_size());
  response.set_denominators(request.denominators_size());
  response.set_observations(request.observations_size());
  response.set_series_notes(request.series_notes_size());
  response.set_activities(request.activities_size());
  response.set_plans(request.plans_size());
  response.set_texts(request.texts_size());
  response.set_boundaries(request.boundaries_size());
  return response;
}

absl::StatusOr<ThemeStore::IngestOutcome> ThemeStore::IngestBatch(
    const std::string& import_id, int64_t sequence, const v1::UpsertThemeDataRequest& batch,
    const std::function<absl::Status(const std::set<std::string>&, const std::set<std::string>&)>&
        check_references) {
  IngestOutcome outcome;
  absl::Status status = database_.Write(WriteScope::Figures(), [&](Connection& c) -> absl::Status {
    auto recorded = c.QueryInt("SELECT last_sequence FROM ingest_checkpoints WHERE import_id = $1",
                               std::vector<Value>{import_id});
    if (!recorded.ok()) return recorded.status();
    const int64_t last = recorded->value_or(0);
    outcome.last_sequence = last;
    if (sequence <= last) {
      outcome.already_committed = true;
      return absl::OkStatus();
    }
    if (sequence != last + 1) {
      return absl::FailedPreconditionError(StrCat(
          "sequence: batch ", sequence, " of import ", import_id,
          " does not follow its last committed batch ", last, "; resume with batch ", last + 1));
    }
    if (auto s = WriteThemeData(c, batch, check_references); !s.ok()) return s;
    outcome.last_sequence = sequence;
    return c.Execute(
        "INSERT INTO ingest_checkpoints (import_id, last_sequence, observations) "
        "VALUES ($1, $2, $3) ON CONFLICT (import_id) DO UPDATE SET "
        "last_sequence = excluded.last_sequence, "
        "observations = ingest_checkpoints.observations + excluded.observations",
        std::vector<Value>{import_id, sequence, int64_t{batch.observations_size()}});
  });
  if (!status.ok()) return status;
  return outcome;
}

absl::StatusOr<v1::IngestCheckpoint> ThemeStore::GetIngestCheckpoint(const std::string& import_id) {
  v1::IngestCheckpoint checkpoint;
  checkpoint.set_import_id(import_id);
  absl::Status status = database_.Read([&](Connection& c) {
    return c.Query(
        "SELECT last_sequence, observations FROM ingest_checkpoints WHERE import_id = $1",
        std::vector<Value>{import_id}, [&](const Row& row) {
          checkpoint.set_last_sequence(row.Int(0));
          checkpoint.set_observations(row.Int(1));
          return absl::OkStatus();
        });
  });
  if (!status.ok()) return status;
  return checkpoint;
}

absl::StatusOr<std::vector<cv1::Indicator>> ThemeStore::ListIndicators(
    const std::string& municipality, int offset, int limit) {
  std::vector<cv1::Indicator> indicators;
  absl::Status status = database_.Read([&](Connection& c) {
    return c.Query(StrCat(kIndicatorSelect, " ORDER BY i.position LIMIT $2 OFFSET $3"),
                   std::vector<Value>{municipality, int64_t{limit}, int64_t{offset}},
                   [&](const Row& row) {
                     indicators.push_back(IndicatorFromRow(row));
                     return absl::OkStatus();
                   });
  });
  if (!status.ok()) return status;
  return indicators;
}

absl::StatusOr<std::optional<cv1::Indicator>> ThemeStore::GetIndicator(const std::string& id) {
  std::optional<cv1::Indicator> indicator;
  absl::Status status = database_.Read([&](Connection& c) {
    return c.Query(StrCat(kIndicatorSelect, " WHERE i.id = $2"),
                   std::vector<Value>{std::string(), id}, [&](const Row& row) {
                     indicator = IndicatorFromRow(row);
                     return absl::OkStatus();
                   });
  });
  if (!status.ok()) return status;
  return indicator;
}

absl::StatusOr<std::optional<cv1::Area>> ThemeStore::GetArea(const std::string& code) {
  std::optional<cv1::Area> area;
  absl::Status status = database_.Read([&](Connection& c) {
    return c.Query(StrCat("SELECT ", kAreaColumns, " FROM areas WHERE code = $1"),
                   std::vector<Value>{code}, [&](const Row& row) {
                     area = AreaFromRow(row);
                     return absl::OkStatus();
                   });
  });
  if (!status.ok()) return status;
  return area;
}

absl::StatusOr<std::vector<cv1::Area>> ThemeStore::ListAreas(int offset, int limit) {
  std::vector<cv1::Area> areas;
  absl::Status status = database_.Read([&](Connection& c) {
    return c.Query(StrCat("SELECT ", kAreaColumns, " FROM areas ORDER BY code LIMIT $1 OFFSET $2"),
                   std::vector<Value>{int64_t{limit}, int64_t{offset}}, [&](const Row& row) {
                     areas.push_back(AreaFromRow(row));
                     return absl::OkStatus();
                   });
  });
  if (!status.ok()) return status;
  return areas;
}

absl::StatusOr<std::optional<int>> ThemeStore::PlanBaselineYear(const std::string& municipality) {
  std::optional<int> year;
  absl::Status status = database_.Read([&](Connection& c) {
    // The plan's own baseline year; else the earliest one its goals name.
    return c.Query(
        "SELECT COALESCE((SELECT baseline_year FROM plans WHERE municipality = $1), "
        "(SELECT MIN(baseline_year) FROM goals WHERE municipality = $1))",
        std::vector<Value>{municipality}, [&](const Row& row) {
          if (!row.IsNull(0)) year = static_cast<int>(row.Int(0));
          return absl::OkStatus();
        });
  });
  if (!status.ok()) return status;
  return year;
}

absl::StatusOr<std::shared_ptr<const GroupFigures>> ThemeStore::GroupFiguresFor(
    Connection& c, const cv1::Area& group, int first_year, int last_year, int64_t data_version,
    const std::vector<cv1::Indicator>& indicators) {
  if (auto cached = group_figures_.Find(group.code(), first_year, last_year, data_version)) {
    return cached;
  }
  std::shared_ptr<const GroupFigures> figures;
  {
    SectionInput input;
    input.indicators = indicators;
    input.areas.emplace(group.code(), group);
    if (auto s = LoadFiguresOf(c, group.code(), first_year, last_year, input); !s.ok()) return s;
    for (const auto& member : group.members()) {
      auto area = LoadArea(c, member);
      if (!area.ok()) return area.status();
      if (!area->has_value()) continue;
      input.areas.emplace(member, std::move(**area));
      if (auto s = LoadFiguresOf(c, member, first_year, last_year, input); !s.ok()) return s;
    }
    figures = std::make_shared<const GroupFigures>(input, group.code(), first_year, last_year);
  }
  // A group's members' observations are by far the largest thing a service
  // loads (about 100 MB for the whole country) and are gone again now; glibc
  // would keep that much free heap in the process for good.
  malloc_trim(0);
  group_figures_.Keep(group.code(), first_year, last_year, data_version, figures);
  return figures;
}

absl::StatusOr<DataVersions> ThemeStore::Versions(const std::string& municipality) {
  absl::StatusOr<DataVersions> version;
  absl::Status status = database_.Read([&](Connection& c) {
    version = VersionedDatabase::ReadVersions(c, municipality);
    return version.status();
  });
  if (!status.ok()) return status;
  return version;
}

absl::StatusOr<std::vector<cv1::AreaBoundary>> ThemeStore::ListBoundariesBelow(
    const std::string& parent, int year, int offset, int limit) {
  return theme::ListBoundariesBelow(database_, parent, year, offset, limit);
}

namespace {

// National notes and the municipality's own, oldest first.
absl::Status LoadSeriesNotes(Connection& c, const std::string& municipality,
                             std::vector<cv1::SeriesNote>& notes) {
  return c.Query(
      "SELECT scope, effective_from, kind, text, municipality FROM series_notes "
      "WHERE municipality IN ('', $1) ORDER BY effective_from, municipality",
      std::vector<Value>{municipality}, [&](const Row& row) {
        cv1::SeriesNote& n = notes.emplace_back();
        n.set_scope(row.Text(0));
        *n.mutable_effective_from() = DateFromIso(row.Text(1));
        n.set_kind(static_cast<cv1::SeriesNoteKind>(row.Int(2)));
        n.set_text(row.Text(3));
        n.set_municipality(row.Text(4));
        return absl::OkStatus();
      });
}

}  // namespace

absl::StatusOr<SectionInput> ThemeStore::LoadAreaFiguresInput(
    const std::string& parent, int first_year, int last_year, std::vector<std::string>& children,
    const std::set<std::string>& indicators) {
  SectionInput input;
  absl::Status status = database_.Read([&](Connection& c) -> absl::Status {
    absl::Status s = c.Query(StrCat(kIndicatorSelect, " ORDER BY i.position"),
                             std::vector<Value>{std::string()}, [&](const Row& row) {
                               input.indicators.push_back(IndicatorFromRow(row));
                               return absl::OkStatus();
                             });
    if (!s.ok()) return s;
    auto own = LoadArea(c, parent);
    if (!own.ok()) return own.status();
    if (!own->has_value()) return absl::OkStatus();
    input.areas.emplace(parent, std::move(**own));
    // The children, and for each wijk among them its buurten (one level
    // further, in one query for all of them).
    children.clear();
    s = c.Query(StrCat("SELECT ", kAreaColumns, " FROM areas WHERE parent = $1 ORDER BY code"),
                std::vector<Value>{parent}, [&](const Row& row) {
                  cv1::Area area = AreaFromRow(row);
                  children.push_back(area.code());
                  input.areas.emplace(area.code(), std::move(area));
                  return absl::OkStatus();
                });
    if (!s.ok()) return s;
    // A wijk asked for itself sums its buurten too.
    if (cv1::Area& own_area = input.areas.at(parent);
        own_area.kind() == cv1::AREA_KIND_DISTRICT && own_area.members().empty()) {
      for (const auto& b : children) own_area.add_members(b);
    }
    std::set<std::string> summing;  // the wijken that sum their buurten
    for (const auto& code : children) {
      const cv1::Area& child = input.areas.at(code);
      if (child.kind() == cv1::AREA_KIND_DISTRICT && child.members().empty()) summing.insert(code);
    }
    if (!summing.empty()) {
      std::vector<cv1::Area> grandchildren;
      s = c.Query(StrCat("SELECT ", Prefixed(kAreaColumns, "a"),
                         " FROM areas w JOIN areas a ON a.parent = w.code WHERE w.parent = $1 "
                         "ORDER BY a.code"),
                  std::vector<Value>{parent}, [&](const Row& row) {
                    grandchildren.push_back(AreaFromRow(row));
                    return absl::OkStatus();
                  });
      if (!s.ok()) return s;
      for (auto& area : grandchildren) {
        if (!summing.contains(area.parent())) continue;
        input.areas.at(area.parent()).add_members(area.code());
        input.areas.emplace(area.code(), std::move(area));
      }
    }
    auto versions = VersionedDatabase::ReadVersions(c, parent);
    if (!versions.ok()) return versions.status();
    input.data_versions = *versions;
    if (auto s = LoadSeriesNotes(
            c, IsMunicipalityCode(parent) ? parent : MunicipalityOfAreaCode(parent), input.notes);
        !s.ok())
      return s;
    // The indicators and, for a sum, its components (and theirs).
    std::set<std::string> needed;
    std::vector<std::string> pending(indicators.begin(), indicators.end());
    while (!pending.empty()) {
      const std::string id = pending.back();
      pending.pop_back();
      if (!needed.insert(id).second) continue;
      for (const auto& definition : input.indicators) {
        if (definition.id() != id) continue;
        for (const auto& component : definition.components()) pending.push_back(component);
      }
    }
    if (auto s = LoadFiguresOf(c, parent, first_year, last_year, input, needed); !s.ok()) return s;
    if (auto s = LoadFiguresBelow(c, parent, 1, first_year, last_year, input, needed); !s.ok()) {
      return s;
    }
    if (summing.empty()) return absl::OkStatus();
    return LoadFiguresBelow(c, parent, 2, first_year, last_year, input, needed);
  });
  if (!status.ok()) return status;
  return input;
}

absl::StatusOr<SectionInput> ThemeStore::LoadSectionInput(const std::string& municipality,
                                                          int first_year, int last_year) {
  SectionInput input;
  absl::Status status = database_.Read([&](Connection& c) -> absl::Status {
    absl::Status s = c.Query(StrCat(kIndicatorSelect, " ORDER BY i.position"),
                             std::vector<Value>{municipality}, [&](const Row& row) {
                               input.indicators.push_back(IndicatorFromRow(row));
                               return absl::OkStatus();
                             });
    if (!s.ok()) return s;

    // The municipality, its comparison groups, and the groups' members.
    std::vector<cv1::Area> candidates;
    s = c.Query(
        StrCat("SELECT ", kAreaColumns, " FROM areas WHERE kind IN (4, 5) ORDER BY kind, code"), {},
        [&candidates](const Row& row) {
          candidates.push_back(AreaFromRow(row));
          return absl::OkStatus();
        });
    if (!s.ok()) return s;

    auto versions = VersionedDatabase::ReadVersions(c, municipality);
    if (!versions.ok()) return versions.status();
    input.data_versions = *versions;

    std::vector<std::string> pending = {municipality};
    while (!pending.empty()) {
      std::string code = std::move(pending.back());
      pending.pop_back();
      if (input.areas.contains(code)) continue;
      auto loaded = LoadArea(c, code);
      if (!loaded.ok()) return loaded.status();
      if (!loaded->has_value()) continue;
      cv1::Area area = std::move(**loaded);
      if (code == municipality && area.comparison_groups().empty()) {
        for (auto& g : DefaultComparisonGroups(municipality, candidates)) {
          area.add_comparison_groups(g);
        }
      }
      if (code != municipality && !area.members().empty()) {
        auto figures =
            GroupFiguresFor(c, area, first_year, last_year, versions->figures, input.indicators);
        if (!figures.ok()) return figures.status();
        input.group_figures.emplace(code, std::move(*figures));
      } else {
        for (const auto& g : area.comparison_groups()) pending.push_back(g);
        for (const auto& m : area.members()) pending.push_back(m);
      }
      input.areas.emplace(code, std::move(area));
    }

    for (const auto& entry : input.areas) {
      if (input.group_figures.contains(entry.first)) continue;
      s = LoadFiguresOf(c, entry.first, first_year, last_year, input);
      if (!s.ok()) return s;
    }

    s = c.Query(
        "SELECT municipality, title, first_year, last_year, baseline_year, department "
        "FROM plans WHERE municipality = $1",
        std::vector<Value>{municipality}, [&](const Row& row) {
          cv1::Plan& plan = input.plan.emplace();
          plan.set_municipality(row.Text(0));
          plan.set_title(row.Text(1));
          plan.set_first_year(static_cast<int32_t>(row.Int(2)));
          plan.set_last_year(static_cast<int32_t>(row.Int(3)));
          plan.set_baseline_year(static_cast<int32_t>(row.Int(4)));
          plan.set_department(row.Text(5));
          return absl::OkStatus();
        });
    if (!s.ok()) return s;
    if (input.plan.has_value()) {
      s = c.Query(
          "SELECT theme, number, title FROM plan_topics WHERE municipality = $1 "
          "ORDER BY position",
          std::vector<Value>{municipality}, [&](const Row& row) {
            cv1::PlanTopic* topic = input.plan->add_topics();
            topic->set_theme(static_cast<cv1::Theme>(row.Int(0)));
            topic->set_number(row.Text(1));
            topic->set_title(row.Text(2));
            return absl::OkStatus();
          });
      if (!s.ok()) return s;
    }
    s = c.Query(
        "SELECT period, theme, topic, place, body FROM report_texts "
        "WHERE municipality = $1 AND year = $2",
        std::vector<Value>{municipality, int64_t{last_year}}, [&](const Row& row) {
          cv1::ReportText& t = input.texts.emplace_back();
          t.set_period(row.Text(0));
          t.set_theme(static_cast<cv1::Theme>(row.Int(1)));
          t.set_topic(row.Text(2));
          t.set_place(static_cast<cv1::TextPlace>(row.Int(3)));
          t.set_body(row.Text(4));
          return absl::OkStatus();
        });
    if (!s.ok()) return s;
    s = LoadSeriesNotes(c, municipality, input.notes);
    if (!s.ok()) return s;
    return c.Query(
        "SELECT theme, topic, period, unit, description, quantity, partners FROM activities "
        "WHERE municipality = $1 AND year = $2 ORDER BY position",
        std::vector<Value>{municipality, int64_t{last_year}}, [&](const Row& row) {
          cv1::Activity& a = input.activities.emplace_back();
          a.set_theme(static_cast<cv1::Theme>(row.Int(0)));
          a.set_topic(row.Text(1));
          a.set_period(row.Text(2));
          a.set_unit(row.Text(3));
          a.set_description(row.Text(4));
          a.set_quantity(row.Double(5));
          for (auto& p : SplitList(row.Text(6), kTextSeparator)) a.add_partners(p);
          return absl::OkStatus();
        });
  });
  if (!status.ok()) return status;
  return input;
}

}  // namespace veilig::theme
