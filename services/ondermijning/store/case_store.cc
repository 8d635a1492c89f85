#include "services/ondermijning/store/case_store.h"

#include <map>

#include "common/domain/calendar_date.h"
#include "common/domain/resource_name.h"
#include "common/domain/strings.h"
#include "common/storage/numbered_rows.h"
#include "common/storage/request_ids.h"

namespace veilig::ondermijning {
namespace {

using storage::Connection;
using storage::Row;
using storage::Value;
using theme::WriteScope;

constexpr char kCollection[] = "cases";
constexpr char kColumns[] =
    "municipality, id, reference, category, subcategory, opened_on, closed_on, source, outcome, "
    "district";
constexpr char kValues[] = "($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)";

EnforcementCase FromRow(const Row& row) {
  EnforcementCase c;
  c.set_name(ResourceName(row.Text(0), kCollection, row.Int(1)));
  c.set_reference(row.Text(2));
  c.set_category(row.Text(3));
  c.set_subcategory(row.Text(4));
  *c.mutable_opened_on() = DateFromIso(row.Text(5));
  *c.mutable_closed_on() = DateFromIso(row.Text(6));
  c.set_source(row.Text(7));
  c.set_outcome(row.Text(8));
  c.set_district(row.Text(9));
  return c;
}

std::vector<Value> Fields(const std::string& municipality, int64_t id, const EnforcementCase& c) {
  return {municipality,
          id,
          c.reference(),
          c.category(),
          c.subcategory(),
          IsoDate(c.opened_on()),
          IsoDate(c.closed_on()),
          c.source(),
          c.outcome(),
          c.district()};
}

absl::Status Update(Connection& conn, const std::string& municipality, int64_t id,
                    const EnforcementCase& c) {
  return conn.Execute(
      "UPDATE enforcement_cases SET reference = $3, category = $4, subcategory = $5, "
      "opened_on = $6, closed_on = $7, source = $8, outcome = $9, district = $10 "
      "WHERE municipality = $1 AND id = $2",
      Fields(municipality, id, c));
}

absl::StatusOr<std::optional<int64_t>> FindByReference(Connection& c,
                                                       const std::string& municipality,
                                                       const std::string& reference) {
  return c.QueryInt("SELECT id FROM enforcement_cases WHERE municipality = $1 AND reference = $2",
                    std::vector<Value>{municipality, reference});
}

absl::Status RequireFreeReference(Connection& c, const std::string& municipality,
                                  const std::string& reference, int64_t own_id) {
  auto existing = FindByReference(c, municipality, reference);
  if (!existing.ok()) return existing.status();
  if (existing->has_value() && **existing != own_id) {
    return absl::AlreadyExistsError(StrCat("reference '", reference, "' is already used by ",
                                           ResourceName(municipality, kCollection, **existing)));
  }
  return absl::OkStatus();
}

absl::StatusOr<std::optional<EnforcementCase>> Find(Connection& c, const std::string& municipality,
                                                    int64_t id) {
  std::optional<EnforcementCase> found;
  absl::Status s = c.Query(
      StrCat("SELECT ", kColumns, " FROM enforcement_cases WHERE municipality = $1 AND id = $2"),
      std::vector<Value>{municipality, id}, [&](const Row& row) {
        found = FromRow(row);
        return absl::OkStatus();
      });
  if (!s.ok()) return s;
  return found;
}

absl::Status NotFound(const std::string& municipality, int64_t id) {
  return absl::NotFoundError(
      StrCat(ResourceName(municipality, kCollection, id), " does not exist"));
}

}  // namespace

const std::vector<storage::Migration>& CaseStore::Migrations() {
  static const std::vector<storage::Migration> kMigrations = {
      {101, "enforcement cases and counts", R"sql(
CREATE TABLE case_taxonomy (
  category TEXT NOT NULL,
  subcategory TEXT NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (category, subcategory)
);
CREATE TABLE enforcement_cases (
  id BIGINT PRIMARY KEY,
  reference TEXT NOT NULL UNIQUE,
  category TEXT NOT NULL,
  subcategory TEXT NOT NULL,
  opened_on TEXT NOT NULL,
  closed_on TEXT NOT NULL,
  source TEXT NOT NULL,
  outcome TEXT NOT NULL,
  district TEXT NOT NULL
);
CREATE INDEX enforcement_cases_by_opening ON enforcement_cases (opened_on);
CREATE TABLE case_counts (
  category TEXT NOT NULL,
  subcategory TEXT NOT NULL,
  period TEXT NOT NULL,
  year INTEGER NOT NULL,
  count INTEGER NOT NULL,
  PRIMARY KEY (category, subcategory, period)
);
)sql"},
      {102, "default taxonomy", R"sql(
INSERT INTO case_taxonomy (category, subcategory, position) VALUES
  ('Drugshandel', 'Productie/vervaardiging harddrugs', 1),
  ('Drugshandel', 'Productie/vervaardiging softdrugs (incl. voorbereidingshandelingen)', 2),
  ('Drugshandel', 'Meldingen productie/vervaardiging die negatief bleken', 3),
  ('Overbewoning & mensonterende toestanden', 'Huisvesting arbeidsmigranten', 4),
  ('Overbewoning & mensonterende toestanden', 'Illegale kamerverhuur', 5),
  ('Verwevenheid onderwereld/bovenwereld', 'Mensenhandel en illegale prostitutie', 6),
  ('Verwevenheid onderwereld/bovenwereld', 'Overig (illegaal gokken)', 7),
  ('Overige overlast gerelateerde zaken', 'Openbare orde en veiligheid', 8);
)sql"},
      // The default taxonomy stays national (municipality ''); cases and
      // counts kept before municipalities owned them go to the one
      // municipality with a plan (ThemeStore's plans, same database).
      {103, "cases, counts and taxonomy extensions owned by a municipality", R"sql(
CREATE TABLE owned_case_taxonomy (
  municipality TEXT NOT NULL,
  category TEXT NOT NULL,
  subcategory TEXT NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (municipality, category, subcategory)
);
INSERT INTO owned_case_taxonomy
SELECT CASE WHEN position <= 8 THEN ''
            ELSE (SELECT CASE WHEN COUNT(*) = 1 THEN MIN(municipality) ELSE '' END FROM plans)
       END, category, subcategory, position
FROM case_taxonomy;
DROP TABLE case_taxonomy;
ALTER TABLE owned_case_taxonomy RENAME TO case_taxonomy;
CREATE TABLE owned_enforcement_cases (
  municipality TEXT NOT NULL,
  id BIGINT PRIMARY KEY,
  reference TEXT NOT NULL,
  category TEXT NOT NULL,
  subcategory TEXT NOT NULL,
  opened_on TEXT NOT NULL,
  closed_on TEXT NOT NULL,
  source TEXT NOT NULL,
  outcome TEXT NOT NULL,
  district TEXT NOT NULL,
  UNIQUE (municipality, reference)
);
INSERT INTO owned_enforcement_cases
SELECT (SELECT CASE WHEN COUNT(*) = 1 THEN MIN(municipality) ELSE '' END FROM plans),
       id, reference, category, subcategory, opened_on, closed_on, source, outcome, district
FROM enforcement_cases;
DROP TABLE enforcement_cases;
ALTER TABLE owned_enforcement_cases RENAME TO enforcement_cases;
CREATE INDEX enforcement_cases_by_opening ON enforcement_cases (municipality, opened_on);
CREATE TABLE owned_case_counts (
  municipality TEXT NOT NULL,
  category TEXT NOT NULL,
  subcategory TEXT NOT NULL,
  period TEXT NOT NULL,
  year INTEGER NOT NULL,
  count INTEGER NOT NULL,
  PRIMARY KEY (municipality, category, subcategory, period)
);
INSERT INTO owned_case_counts
SELECT (SELECT CASE WHEN COUNT(*) = 1 THEN MIN(municipality) ELSE '' END FROM plans),
       category, subcategory, period, year, count
FROM case_counts;
DROP TABLE case_counts;
ALTER TABLE owned_case_counts RENAME TO case_counts;
)sql"}};
  return kMigrations;
}

absl::StatusOr<Taxonomy> CaseStore::LoadTaxonomy(const std::string& municipality) {
  std::vector<Category> categories;
  absl::Status status = database_.Read([&](Connection& c) {
    std::map<std::string, size_t> index;
    return c.Query(
        "SELECT category, subcategory FROM case_taxonomy WHERE municipality IN ('', $1) "
        "ORDER BY position",
        std::vector<Value>{municipality}, [&](const Row& row) {
          auto [it, inserted] = index.try_emplace(row.Text(0), categories.size());
          if (inserted) categories.emplace_back().set_name(row.Text(0));
          categories[it->second].add_subcategories(row.Text(1));
          return absl::OkStatus();
        });
  });
  if (!status.ok()) return status;
  return Taxonomy(std::move(categories));
}

absl::Status CaseStore::AddToTaxonomy(const std::string& municipality,
                                      const std::vector<Category>& categories) {
  return database_.Write(WriteScope::Owned(municipality), [&](Connection& c) -> absl::Status {
    for (const auto& category : categories) {
      for (const auto& sub : category.subcategories()) {
        auto s = c.Execute(
            "INSERT INTO case_taxonomy (municipality, category, subcategory, position) "
            "SELECT $1, $2, $3, (SELECT COALESCE(MAX(position), 0) + 1 FROM case_taxonomy) "
            "WHERE NOT EXISTS (SELECT 1 FROM case_taxonomy WHERE municipality IN ('', $1) "
            "AND category = $2 AND subcategory = $3)",
            std::vector<Value>{municipality, category.name(), sub});
        if (!s.ok()) return s;
      }
    }
    return absl::OkStatus();
  });
}

absl::StatusOr<EnforcementCase> CaseStore::CreateCase(const std::string& municipality,
                                                      const EnforcementCase& c,
                                                      const std::string& request_id) {
  EnforcementCase created = c;
  const std::string parent = MunicipalityName(municipality);
  absl::Status status =
      database_.Write(WriteScope::Owned(municipality), [&](Connection& conn) -> absl::Status {
        auto earlier = storage::EarlierCreate<EnforcementCase>(
            conn, parent, request_id, kCollection,
            [&](int64_t id) { return Find(conn, municipality, id); });
        if (!earlier.ok()) return earlier.status();
        if (earlier->has_value()) {
          created = std::move(**earlier);
          return absl::OkStatus();
        }
        if (auto s = RequireFreeReference(conn, municipality, c.reference(), 0); !s.ok()) return s;
        auto id = storage::NextId(conn, "enforcement_cases");
        if (!id.ok()) return id.status();
        created.set_name(ResourceName(municipality, kCollection, *id));
        if (auto s = conn.Execute(
                StrCat("INSERT INTO enforcement_cases (", kColumns, ") VALUES ", kValues),
                Fields(municipality, *id, c));
            !s.ok()) {
          return s;
        }
        if (request_id.empty()) return absl::OkStatus();
        return storage::RememberRequest(conn, parent, request_id, created.name());
      });
  if (!status.ok()) return status;
  return created;
}

absl::StatusOr<std::optional<EnforcementCase>> CaseStore::GetCase(const std::string& municipality,
                                                                  int64_t id) {
  absl::StatusOr<std::optional<EnforcementCase>> found;
  absl::Status status = database_.Read([&](Connection& c) {
    found = Find(c, municipality, id);
    return found.status();
  });
  if (!status.ok()) return status;
  return found;
}

absl::StatusOr<std::vector<EnforcementCase>> CaseStore::ListCases(const std::string& municipality,
                                                                  const CaseFilter& filter,
                                                                  int offset, int limit) {
  std::vector<EnforcementCase> cases;
  absl::Status status = database_.Read([&](Connection& c) {
    return c.Query(StrCat("SELECT ", kColumns,
                          " FROM enforcement_cases WHERE municipality = $6"
                          " AND ($1 = '' OR category = $1)"
                          " AND ($2 = '' OR opened_on >= $2) AND ($3 = '' OR opened_on <= $3)"
                          " ORDER BY opened_on, id LIMIT $4 OFFSET $5"),
                   std::vector<Value>{filter.category, filter.opened_from, filter.opened_to,
                                      int64_t{limit}, int64_t{offset}, municipality},
                   [&](const Row& row) {
                     cases.push_back(FromRow(row));
                     return absl::OkStatus();
                   });
  });
  if (!status.ok()) return status;
  return cases;
}

absl::StatusOr<EnforcementCase> CaseStore::UpdateCase(const std::string& municipality, int64_t id,
                                                      const EnforcementCase& c) {
  return ChangeCase(municipality, id,
                    [&c](const EnforcementCase&) -> absl::StatusOr<EnforcementCase> { return c; });
}

absl::StatusOr<EnforcementCase> CaseStore::ChangeCase(
    const std::string& municipality, int64_t id,
    const std::function<absl::StatusOr<EnforcementCase>(const EnforcementCase&)>& change) {
  EnforcementCase changed;
  absl::Status status =
      database_.Write(WriteScope::Owned(municipality), [&](Connection& conn) -> absl::Status {
        auto found = Find(conn, municipality, id);
        if (!found.ok()) return found.status();
        if (!found->has_value()) return NotFound(municipality, id);
        auto next = change(**found);
        if (!next.ok()) return next.status();
        changed = std::move(*next);
        changed.set_name(ResourceName(municipality, kCollection, id));
        if (auto s = RequireFreeReference(conn, municipality, changed.reference(), id); !s.ok()) {
          return s;
        }
        return Update(conn, municipality, id, changed);
      });
  if (!status.ok()) return status;
  return changed;
}

absl::Status CaseStore::ImportCases(const std::string& municipality,
                                    const std::vector<EnforcementCase>& cases) {
  return database_.Write(WriteScope::Owned(municipality), [&](Connection& conn) -> absl::Status {
    for (const auto& c : cases) {
      auto existing = FindByReference(conn, municipality, c.reference());
      if (!existing.ok()) return existing.status();
      if (existing->has_value()) {
        if (auto s = Update(conn, municipality, **existing, c); !s.ok()) return s;
        continue;
      }
      auto next = storage::NextId(conn, "enforcement_cases");
      if (!next.ok()) return next.status();
      auto s =
          conn.Execute(StrCat("INSERT INTO enforcement_cases (", kColumns, ") VALUES ", kValues),
                       Fields(municipality, *next, c));
      if (!s.ok()) return s;
    }
    return absl::OkStatus();
  });
}

absl::Status CaseStore::UpsertCounts(const std::string& municipality,
                                     const std::vector<CaseCount>& counts) {
  return database_.Write(WriteScope::Owned(municipality), [&](Connection& c) -> absl::Status {
    for (const auto& count : counts) {
      const int64_t year = Period::Parse(count.period())->year();
      auto s = c.Execute(
          "INSERT INTO case_counts (municipality, category, subcategory, period, year, count) "
          "VALUES ($1, $2, $3, $4, $5, $6) "
          "ON CONFLICT (municipality, category, subcategory, period) "
          "DO UPDATE SET count = excluded.count",
          std::vector<Value>{municipality, count.category(), count.subcategory(), count.period(),
                             year, int64_t{count.count()}});
      if (!s.ok()) return s;
    }
    return absl::OkStatus();
  });
}

absl::StatusOr<std::vector<CaseCount>> CaseStore::CountsOfYear(const std::string& municipality,
                                                               int year) {
  std::vector<CaseCount> counts;
  absl::Status status = database_.Read([&](Connection& c) {
    return c.Query(
        "SELECT category, subcategory, period, count FROM case_counts "
        "WHERE municipality = $1 AND year = $2",
        std::vector<Value>{municipality, int64_t{year}}, [&](const Row& row) {
          CaseCount& count = counts.emplace_back();
          count.set_category(row.Text(0));
          count.set_subcategory(row.Text(1));
          count.set_period(row.Text(2));
          count.set_count(static_cast<int32_t>(row.Int(3)));
          return absl::OkStatus();
        });
  });
  if (!status.ok()) return status;
  return counts;
}

}  // namespace veilig::ondermijning
