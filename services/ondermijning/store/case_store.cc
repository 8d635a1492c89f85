#include "services/ondermijning/store/case_store.h"

#include <map>

#include "common/domain/resource_name.h"
#include "common/domain/strings.h"
#include "common/storage/numbered_rows.h"

namespace veilig::ondermijning {
namespace {

using storage::Connection;
using storage::Row;
using storage::Value;

constexpr char kColumns[] =
    "id, reference, category, subcategory, opened_on, closed_on, source, outcome, district";

EnforcementCase FromRow(const Row& row) {
  EnforcementCase c;
  c.set_name(ResourceName("cases", row.Int(0)));
  c.set_reference(row.Text(1));
  c.set_category(row.Text(2));
  c.set_subcategory(row.Text(3));
  c.set_opened_on(row.Text(4));
  c.set_closed_on(row.Text(5));
  c.set_source(row.Text(6));
  c.set_outcome(row.Text(7));
  c.set_district(row.Text(8));
  return c;
}

std::vector<Value> Fields(int64_t id, const EnforcementCase& c) {
  return {id,         c.reference(), c.category(), c.subcategory(), c.opened_on(), c.closed_on(),
          c.source(), c.outcome(),   c.district()};
}

absl::Status RequireFreeReference(Connection& c, const std::string& reference, int64_t own_id) {
  auto rows = c.QueryAll("SELECT id FROM enforcement_cases WHERE reference = $1",
                         std::vector<Value>{reference});
  if (!rows.ok()) return rows.status();
  if (!rows->empty() && rows->front().Int(0) != own_id) {
    return absl::AlreadyExistsError(StrCat("reference '", reference, "' is already used by ",
                                           ResourceName("cases", rows->front().Int(0))));
  }
  return absl::OkStatus();
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
)sql"}};
  return kMigrations;
}

absl::StatusOr<Taxonomy> CaseStore::LoadTaxonomy() {
  std::vector<Category> categories;
  absl::Status status = database_.Read([&](Connection& c) {
    std::map<std::string, size_t> index;
    return c.Query("SELECT category, subcategory FROM case_taxonomy ORDER BY position", {},
                   [&](const Row& row) {
                     auto [it, inserted] = index.try_emplace(row.Text(0), categories.size());
                     if (inserted) categories.emplace_back().set_name(row.Text(0));
                     categories[it->second].add_subcategories(row.Text(1));
                     return absl::OkStatus();
                   });
  });
  if (!status.ok()) return status;
  return Taxonomy(std::move(categories));
}

absl::Status CaseStore::AddToTaxonomy(const std::vector<Category>& categories) {
  return database_.Write([&](Connection& c) -> absl::Status {
    for (const auto& category : categories) {
      for (const auto& sub : category.subcategories()) {
        auto s = c.Execute(
            "INSERT INTO case_taxonomy (category, subcategory, position) VALUES ($1, $2, "
            "(SELECT COALESCE(MAX(position), 0) + 1 FROM case_taxonomy)) "
            "ON CONFLICT (category, subcategory) DO NOTHING",
            std::vector<Value>{category.name(), sub});
        if (!s.ok()) return s;
      }
    }
    return absl::OkStatus();
  });
}

absl::StatusOr<EnforcementCase> CaseStore::CreateCase(const EnforcementCase& c) {
  EnforcementCase created = c;
  absl::Status status = database_.Write([&](Connection& conn) -> absl::Status {
    if (auto s = RequireFreeReference(conn, c.reference(), 0); !s.ok()) return s;
    auto id = storage::NextId(conn, "enforcement_cases");
    if (!id.ok()) return id.status();
    created.set_name(ResourceName("cases", *id));
    return conn.Execute(StrCat("INSERT INTO enforcement_cases (", kColumns,
                               ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)"),
                        Fields(*id, c));
  });
  if (!status.ok()) return status;
  return created;
}

absl::StatusOr<std::optional<EnforcementCase>> CaseStore::GetCase(int64_t id) {
  std::optional<EnforcementCase> found;
  absl::Status status = database_.Read([&](Connection& c) {
    return c.Query(StrCat("SELECT ", kColumns, " FROM enforcement_cases WHERE id = $1"),
                   std::vector<Value>{id}, [&](const Row& row) {
                     found = FromRow(row);
                     return absl::OkStatus();
                   });
  });
  if (!status.ok()) return status;
  return found;
}

absl::StatusOr<std::vector<EnforcementCase>> CaseStore::ListCases(const CaseFilter& filter,
                                                                  int offset, int limit) {
  std::vector<EnforcementCase> cases;
  absl::Status status = database_.Read([&](Connection& c) {
    return c.Query(StrCat("SELECT ", kColumns,
                          " FROM enforcement_cases WHERE ($1 = '' OR category = $1)"
                          " AND ($2 = '' OR opened_on >= $2) AND ($3 = '' OR opened_on <= $3)"
                          " ORDER BY opened_on, id LIMIT $4 OFFSET $5"),
                   std::vector<Value>{filter.category, filter.opened_from, filter.opened_to,
                                      int64_t{limit}, int64_t{offset}},
                   [&](const Row& row) {
                     cases.push_back(FromRow(row));
                     return absl::OkStatus();
                   });
  });
  if (!status.ok()) return status;
  return cases;
}

absl::StatusOr<EnforcementCase> CaseStore::UpdateCase(int64_t id, const EnforcementCase& c) {
  EnforcementCase updated = c;
  updated.set_name(ResourceName("cases", id));
  absl::Status status = database_.Write([&](Connection& conn) -> absl::Status {
    if (auto s = storage::RequireRow(conn, "enforcement_cases", "cases", id); !s.ok()) return s;
    if (auto s = RequireFreeReference(conn, c.reference(), id); !s.ok()) return s;
    return conn.Execute(
        "UPDATE enforcement_cases SET reference = $2, category = $3, subcategory = $4, "
        "opened_on = $5, closed_on = $6, source = $7, outcome = $8, district = $9 WHERE id = $1",
        Fields(id, c));
  });
  if (!status.ok()) return status;
  return updated;
}

absl::Status CaseStore::ImportCases(const std::vector<EnforcementCase>& cases) {
  return database_.Write([&](Connection& conn) -> absl::Status {
    for (const auto& c : cases) {
      auto existing = conn.QueryAll("SELECT id FROM enforcement_cases WHERE reference = $1",
                                    std::vector<Value>{c.reference()});
      if (!existing.ok()) return existing.status();
      int64_t id = 0;
      if (!existing->empty()) {
        id = existing->front().Int(0);
        auto s = conn.Execute(
            "UPDATE enforcement_cases SET reference = $2, category = $3, subcategory = $4, "
            "opened_on = $5, closed_on = $6, source = $7, outcome = $8, district = $9 "
            "WHERE id = $1",
            Fields(id, c));
        if (!s.ok()) return s;
        continue;
      }
      auto next = storage::NextId(conn, "enforcement_cases");
      if (!next.ok()) return next.status();
      auto s = conn.Execute(StrCat("INSERT INTO enforcement_cases (", kColumns,
                                   ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)"),
                            Fields(*next, c));
      if (!s.ok()) return s;
    }
    return absl::OkStatus();
  });
}

absl::Status CaseStore::UpsertCounts(const std::vector<CaseCount>& counts) {
  return database_.Write([&](Connection& c) -> absl::Status {
    for (const auto& count : counts) {
      const int64_t year = Period::Parse(count.period())->year();
      auto s = c.Execute(
          "INSERT INTO case_counts (category, subcategory, period, year, count) "
          "VALUES ($1, $2, $3, $4, $5) ON CONFLICT (category, subcategory, period) "
          "DO UPDATE SET count = excluded.count",
          std::vector<Value>{count.category(), count.subcategory(), count.period(), year,
                             int64_t{count.count()}});
      if (!s.ok()) return s;
    }
    return absl::OkStatus();
  });
}

absl::StatusOr<std::vector<CaseCount>> CaseStore::CountsOfYear(int year) {
  std::vector<CaseCount> counts;
  absl::Status status = database_.Read([&](Connection& c) {
    return c.Query("SELECT category, subcategory, period, count FROM case_counts WHERE year = $1",
                   std::vector<Value>{int64_t{year}}, [&](const Row& row) {
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
