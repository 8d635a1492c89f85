#include "services/veilige-wijken/store/measure_store.h"

#include "common/domain/calendar_date.h"
#include "common/domain/resource_name.h"
#include "common/domain/strings.h"
#include "common/storage/numbered_rows.h"
#include "common/storage/request_ids.h"

namespace veilig::veiligewijken {
namespace {

using storage::Connection;
using storage::Row;
using storage::Value;
using theme::WriteScope;

constexpr char kCollection[] = "measures";
constexpr char kColumns[] =
    "municipality, id, kind, decided_on, valid_from, valid_until, area, persons, legal_basis, "
    "description";

v1::Measure FromRow(const Row& row) {
  v1::Measure m;
  m.set_name(ResourceName(row.Text(0), kCollection, row.Int(1)));
  m.set_kind(static_cast<v1::MeasureKind>(row.Int(2)));
  *m.mutable_decided_on() = DateFromIso(row.Text(3));
  *m.mutable_valid_from() = DateFromIso(row.Text(4));
  *m.mutable_valid_until() = DateFromIso(row.Text(5));
  m.set_area(row.Text(6));
  if (auto persons = row.OptionalInt(7)) m.set_persons(static_cast<int32_t>(*persons));
  m.set_legal_basis(row.Text(8));
  m.set_description(row.Text(9));
  return m;
}

std::vector<Value> Fields(const std::string& municipality, int64_t id, const v1::Measure& m) {
  return {municipality,
          id,
          int64_t{m.kind()},
          IsoDate(m.decided_on()),
          IsoDate(m.valid_from()),
          IsoDate(m.valid_until()),
          m.area(),
          m.has_persons() ? Value(int64_t{m.persons()}) : Value(),
          m.legal_basis(),
          m.description()};
}

absl::StatusOr<std::optional<int64_t>> FindByNaturalKey(Connection& c,
                                                        const std::string& municipality,
                                                        const v1::Measure& m) {
  return c.QueryInt(
      "SELECT id FROM measures WHERE municipality = $1 AND kind = $2 AND decided_on = $3 AND "
      "area = $4 AND description = $5",
      std::vector<Value>{municipality, int64_t{m.kind()}, IsoDate(m.decided_on()), m.area(),
                         m.description()});
}

absl::StatusOr<int64_t> Insert(Connection& c, const std::string& municipality,
                               const v1::Measure& m) {
  auto next = storage::NextId(c, "measures");
  if (!next.ok()) return next.status();
  const int64_t id = *next;
  auto s = c.Execute(StrCat("INSERT INTO measures (", kColumns,
                            ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)"),
                     Fields(municipality, id, m));
  if (!s.ok()) return s;
  return id;
}

absl::StatusOr<std::optional<v1::Measure>> Find(Connection& c, const std::string& municipality,
                                                int64_t id) {
  std::optional<v1::Measure> measure;
  absl::Status s =
      c.Query(StrCat("SELECT ", kColumns, " FROM measures WHERE municipality = $1 AND id = $2"),
              std::vector<Value>{municipality, id}, [&](const Row& row) {
                measure = FromRow(row);
                return absl::OkStatus();
              });
  if (!s.ok()) return s;
  return measure;
}

absl::Status Update(Connection& c, const std::string& municipality, int64_t id,
                    const v1::Measure& m) {
  return c.Execute(
      "UPDATE measures SET kind = $3, decided_on = $4, valid_from = $5, valid_until = $6, "
      "area = $7, persons = $8, legal_basis = $9, description = $10 "
      "WHERE municipality = $1 AND id = $2",
      Fields(municipality, id, m));
}

}  // namespace

const std::vector<storage::Migration>& MeasureStore::Migrations() {
  static const std::vector<storage::Migration> kMigrations = {
      {101, "administrative measures, watch teams, KVO certificates", R"sql(
CREATE TABLE measures (
  id BIGINT PRIMARY KEY,
  kind INTEGER NOT NULL,
  decided_on TEXT NOT NULL,
  valid_from TEXT NOT NULL,
  valid_until TEXT NOT NULL,
  area TEXT NOT NULL,
  persons INTEGER,
  legal_basis TEXT NOT NULL,
  description TEXT NOT NULL,
  UNIQUE (kind, decided_on, area, description)
);
CREATE INDEX measures_by_validity ON measures (valid_from, valid_until);
CREATE TABLE watch_teams (
  name TEXT PRIMARY KEY,
  district TEXT NOT NULL,
  status INTEGER NOT NULL,
  volunteers INTEGER NOT NULL
);
CREATE TABLE kvo_certificates (
  park TEXT PRIMARY KEY,
  level TEXT NOT NULL,
  certified_until TEXT NOT NULL
);
)sql"},
      // Rows kept before municipalities owned them go to the one municipality
      // with a plan (ThemeStore's plans table, in the same database).
      {102, "measures, watch teams and certificates owned by a municipality", R"sql(
CREATE TABLE owned_measures (
  municipality TEXT NOT NULL,
  id BIGINT PRIMARY KEY,
  kind INTEGER NOT NULL,
  decided_on TEXT NOT NULL,
  valid_from TEXT NOT NULL,
  valid_until TEXT NOT NULL,
  area TEXT NOT NULL,
  persons INTEGER,
  legal_basis TEXT NOT NULL,
  description TEXT NOT NULL,
  UNIQUE (municipality, kind, decided_on, area, description)
);
INSERT INTO owned_measures
SELECT (SELECT CASE WHEN COUNT(*) = 1 THEN MIN(municipality) ELSE '' END FROM plans),
       id, kind, decided_on, valid_from, valid_until, area, persons, legal_basis, description
FROM measures;
DROP TABLE measures;
ALTER TABLE owned_measures RENAME TO measures;
CREATE INDEX measures_by_validity ON measures (municipality, valid_from, valid_until);
CREATE TABLE owned_watch_teams (
  municipality TEXT NOT NULL,
  name TEXT NOT NULL,
  district TEXT NOT NULL,
  status INTEGER NOT NULL,
  volunteers INTEGER NOT NULL,
  PRIMARY KEY (municipality, name)
);
INSERT INTO owned_watch_teams
SELECT (SELECT CASE WHEN COUNT(*) = 1 THEN MIN(municipality) ELSE '' END FROM plans),
       name, district, status, volunteers
FROM watch_teams;
DROP TABLE watch_teams;
ALTER TABLE owned_watch_teams RENAME TO watch_teams;
CREATE TABLE owned_kvo_certificates (
  municipality TEXT NOT NULL,
  park TEXT NOT NULL,
  level TEXT NOT NULL,
  certified_until TEXT NOT NULL,
  PRIMARY KEY (municipality, park)
);
INSERT INTO owned_kvo_certificates
SELECT (SELECT CASE WHEN COUNT(*) = 1 THEN MIN(municipality) ELSE '' END FROM plans),
       park, level, certified_until
FROM kvo_certificates;
DROP TABLE kvo_certificates;
ALTER TABLE owned_kvo_certificates RENAME TO kvo_certificates;
)sql"}};
  return kMigrations;
}

absl::StatusOr<v1::Measure> MeasureStore::CreateMeasure(const std::string& municipality,
                                                        const v1::Measure& measure,
                                                        const std::string& request_id) {
  v1::Measure created = measure;
  const std::string parent = MunicipalityName(municipality);
  absl::Status status =
      database_.Write(WriteScope::Owned(municipality), [&](Connection& c) -> absl::Status {
        auto earlier = storage::EarlierCreate<v1::Measure>(
            c, parent, request_id, kCollection,
            [&](int64_t id) { return Find(c, municipality, id); });
        if (!earlier.ok()) return earlier.status();
        if (earlier->has_value()) {
          created = std::move(**earlier);
          return absl::OkStatus();
        }
        auto existing = FindByNaturalKey(c, municipality, measure);
        if (!existing.ok()) return existing.status();
        if (existing->has_value()) {
          return absl::AlreadyExistsError(
              StrCat("this measure is already registered as ",
                     ResourceName(municipality, kCollection, **existing)));
        }
        auto id = Insert(c, municipality, measure);
        if (!id.ok()) return id.status();
        created.set_name(ResourceName(municipality, kCollection, *id));
        if (request_id.empty()) return absl::OkStatus();
        return storage::RememberRequest(c, parent, request_id, created.name());
      });
  if (!status.ok()) return status;
  return created;
}

absl::StatusOr<std::optional<v1::Measure>> MeasureStore::GetMeasure(const std::string& municipality,
                                                                    int64_t id) {
  absl::StatusOr<std::optional<v1::Measure>> measure;
  absl::Status status = database_.Read([&](Connection& c) {
    measure = Find(c, municipality, id);
    return measure.status();
  });
  if (!status.ok()) return status;
  return measure;
}

absl::StatusOr<std::vector<v1::Measure>> MeasureStore::ListMeasures(const std::string& municipality,
                                                                    const MeasureFilter& f,
                                                                    int offset, int limit) {
  std::vector<v1::Measure> measures;
  absl::Status status = database_.Read([&](Connection& c) {
    return c.Query(
        StrCat("SELECT ", kColumns,
               " FROM measures WHERE municipality = $9 AND ($1 = 0 OR kind = $1)"
               " AND ($2 = '' OR decided_on >= $2) AND ($3 = '' OR decided_on <= $3)"
               " AND ($4 = '' OR (valid_from <= $4 AND (valid_until = '' OR valid_until >= $4)))"
               " AND ($5 = '' OR (valid_until <> '' AND valid_until >= $5 AND valid_until <= $6))"
               " ORDER BY decided_on, id LIMIT $7 OFFSET $8"),
        std::vector<Value>{int64_t{f.kind}, f.decided_from, f.decided_to, f.in_force_on,
                           f.expiring_from, f.expiring_to, int64_t{limit}, int64_t{offset},
                           municipality},
        [&](const Row& row) {
          measures.push_back(FromRow(row));
          return absl::OkStatus();
        });
  });
  if (!status.ok()) return status;
  return measures;
}

absl::StatusOr<v1::Measure> MeasureStore::UpdateMeasure(const std::string& municipality, int64_t id,
                                                        const v1::Measure& measure) {
  return ChangeMeasure(
      municipality, id,
      [&measure](const v1::Measure&) -> absl::StatusOr<v1::Measure> { return measure; });
}

absl::StatusOr<v1::Measure> MeasureStore::ChangeMeasure(
    const std::string& municipality, int64_t id,
    const std::function<absl::StatusOr<v1::Measure>(const v1::Measure&)>& change) {
  v1::Measure changed;
  absl::Status status =
      database_.Write(WriteScope::Owned(municipality), [&](Connection& c) -> absl::Status {
        auto current = Find(c, municipality, id);
        if (!current.ok()) return current.status();
        if (!current->has_value()) {
          return absl::NotFoundError(
              StrCat(ResourceName(municipality, kCollection, id), " does not exist"));
        }
        auto next = change(**current);
        if (!next.ok()) return next.status();
        changed = std::move(*next);
        changed.set_name(ResourceName(municipality, kCollection, id));
        auto existing = FindByNaturalKey(c, municipality, changed);
        if (!existing.ok()) return existing.status();
        if (existing->has_value() && **existing != id) {
          return absl::AlreadyExistsError(
              StrCat("the same measure is already registered as ",
                     ResourceName(municipality, kCollection, **existing)));
        }
        return Update(c, municipality, id, changed);
      });
  if (!status.ok()) return status;
  return changed;
}

absl::Status MeasureStore::DeleteMeasure(const std::string& municipality, int64_t id) {
  return database_.Write(WriteScope::Owned(municipality), [&](Connection& c) -> absl::Status {
    if (auto s = storage::RequireOwnedRow(c, "measures", municipality, kCollection, id); !s.ok()) {
      return s;
    }
    return c.Execute("DELETE FROM measures WHERE municipality = $1 AND id = $2",
                     std::vector<Value>{municipality, id});
  });
}

absl::Status MeasureStore::ImportMeasures(const std::string& municipality,
                                          const std::vector<v1::Measure>& measures) {
  return database_.Write(WriteScope::Owned(municipality), [&](Connection& c) -> absl::Status {
    for (const auto& m : measures) {
      auto existing = FindByNaturalKey(c, municipality, m);
      if (!existing.ok()) return existing.status();
      if (existing->has_value()) {
        if (auto s = Update(c, municipality, **existing, m); !s.ok()) return s;
      } else if (auto id = Insert(c, municipality, m); !id.ok()) {
        return id.status();
      }
    }
    return absl::OkStatus();
  });
}

absl::Status MeasureStore::UpsertWatchTeams(const std::string& municipality,
                                            const std::vector<v1::WatchTeam>& teams) {
  return database_.Write(WriteScope::Owned(municipality), [&](Connection& c) -> absl::Status {
    for (const auto& t : teams) {
      auto s = c.Execute(
          "INSERT INTO watch_teams (municipality, name, district, status, volunteers) "
          "VALUES ($1, $2, $3, $4, $5) ON CONFLICT (municipality, name) DO UPDATE SET "
          "district = excluded.district, status = excluded.status, "
          "volunteers = excluded.volunteers",
          std::vector<Value>{municipality, t.name(), t.district(), int64_t{t.status()},
                             int64_t{t.volunteers()}});
      if (!s.ok()) return s;
    }
    return absl::OkStatus();
  });
}

absl::StatusOr<std::vector<v1::WatchTeam>> MeasureStore::ListWatchTeams(
    const std::string& municipality, int offset, int limit) {
  std::vector<v1::WatchTeam> teams;
  absl::Status status = database_.Read([&](Connection& c) {
    return c.Query(
        "SELECT name, district, status, volunteers FROM watch_teams WHERE municipality = $1 "
        "ORDER BY name LIMIT $2 OFFSET $3",
        std::vector<Value>{municipality, int64_t{limit}, int64_t{offset}}, [&](const Row& row) {
          v1::WatchTeam& t = teams.emplace_back();
          t.set_name(row.Text(0));
          t.set_district(row.Text(1));
          t.set_status(static_cast<v1::WatchTeamStatus>(row.Int(2)));
          t.set_volunteers(static_cast<int32_t>(row.Int(3)));
          return absl::OkStatus();
        });
  });
  if (!status.ok()) return status;
  return teams;
}

absl::Status MeasureStore::UpsertCertificates(const std::string& municipality,
                                              const std::vector<v1::KvoCertificate>& certificates) {
  return database_.Write(WriteScope::Owned(municipality), [&](Connection& c) -> absl::Status {
    for (const auto& k : certificates) {
      auto s = c.Execute(
          "INSERT INTO kvo_certificates (municipality, park, level, certified_until) "
          "VALUES ($1, $2, $3, $4) ON CONFLICT (municipality, park) DO UPDATE SET "
          "level = excluded.level, certified_until = excluded.certified_until",
          std::vector<Value>{municipality, k.park(), k.level(), IsoDate(k.certified_until())});
      if (!s.ok()) return s;
    }
    return absl::OkStatus();
  });
}

absl::StatusOr<std::vector<v1::KvoCertificate>> MeasureStore::ListCertificates(
    const std::string& municipality, int offset, int limit) {
  std::vector<v1::KvoCertificate> certificates;
  absl::Status status = database_.Read([&](Connection& c) {
    return c.Query(
        "SELECT park, level, certified_until FROM kvo_certificates WHERE municipality = $1 "
        "ORDER BY park LIMIT $2 OFFSET $3",
        std::vector<Value>{municipality, int64_t{limit}, int64_t{offset}}, [&](const Row& row) {
          v1::KvoCertificate& k = certificates.emplace_back();
          k.set_park(row.Text(0));
          k.set_level(row.Text(1));
          *k.mutable_certified_until() = DateFromIso(row.Text(2));
          return absl::OkStatus();
        });
  });
  if (!status.ok()) return status;
  return certificates;
}

}  // namespace veilig::veiligewijken
