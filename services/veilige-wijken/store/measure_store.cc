#include "services/veilige-wijken/store/measure_store.h"

#include "common/domain/resource_name.h"
#include "common/domain/strings.h"
#include "common/storage/numbered_rows.h"

namespace veilig::veiligewijken {
namespace {

using storage::Connection;
using storage::Row;
using storage::Value;

constexpr char kColumns[] =
    "id, kind, decided_on, valid_from, valid_until, area, persons, legal_basis, description";

v1::Measure FromRow(const Row& row) {
  v1::Measure m;
  m.set_name(ResourceName("measures", row.Int(0)));
  m.set_kind(static_cast<v1::MeasureKind>(row.Int(1)));
  m.set_decided_on(row.Text(2));
  m.set_valid_from(row.Text(3));
  m.set_valid_until(row.Text(4));
  m.set_area(row.Text(5));
  if (auto persons = row.OptionalInt(6)) m.set_persons(static_cast<int32_t>(*persons));
  m.set_legal_basis(row.Text(7));
  m.set_description(row.Text(8));
  return m;
}

std::vector<Value> Fields(int64_t id, const v1::Measure& m) {
  return {id,
          int64_t{m.kind()},
          m.decided_on(),
          m.valid_from(),
          m.valid_until(),
          m.area(),
          m.has_persons() ? Value(int64_t{m.persons()}) : Value(),
          m.legal_basis(),
          m.description()};
}

absl::StatusOr<std::optional<int64_t>> FindByNaturalKey(Connection& c, const v1::Measure& m) {
  auto rows = c.QueryAll(
      "SELECT id FROM measures WHERE kind = $1 AND decided_on = $2 AND area = $3 AND "
      "description = $4",
      std::vector<Value>{int64_t{m.kind()}, m.decided_on(), m.area(), m.description()});
  if (!rows.ok()) return rows.status();
  if (rows->empty()) return std::nullopt;
  return rows->front().Int(0);
}

absl::StatusOr<int64_t> Insert(Connection& c, const v1::Measure& m) {
  auto next = storage::NextId(c, "measures");
  if (!next.ok()) return next.status();
  const int64_t id = *next;
  auto s = c.Execute(
      StrCat("INSERT INTO measures (", kColumns, ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)"),
      Fields(id, m));
  if (!s.ok()) return s;
  return id;
}

absl::Status Update(Connection& c, int64_t id, const v1::Measure& m) {
  return c.Execute(
      "UPDATE measures SET kind = $2, decided_on = $3, valid_from = $4, valid_until = $5, "
      "area = $6, persons = $7, legal_basis = $8, description = $9 WHERE id = $1",
      Fields(id, m));
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
)sql"}};
  return kMigrations;
}

absl::StatusOr<v1::Measure> MeasureStore::CreateMeasure(const v1::Measure& measure) {
  v1::Measure created = measure;
  absl::Status status = database_.Write([&](Connection& c) -> absl::Status {
    auto existing = FindByNaturalKey(c, measure);
    if (!existing.ok()) return existing.status();
    if (existing->has_value()) {
      return absl::AlreadyExistsError(
          StrCat("this measure is already registered as ", ResourceName("measures", **existing)));
    }
    auto id = Insert(c, measure);
    if (!id.ok()) return id.status();
    created.set_name(ResourceName("measures", *id));
    return absl::OkStatus();
  });
  if (!status.ok()) return status;
  return created;
}

absl::StatusOr<std::optional<v1::Measure>> MeasureStore::GetMeasure(int64_t id) {
  std::optional<v1::Measure> measure;
  absl::Status status = database_.Read([&](Connection& c) {
    return c.Query(StrCat("SELECT ", kColumns, " FROM measures WHERE id = $1"),
                   std::vector<Value>{id}, [&](const Row& row) {
                     measure = FromRow(row);
                     return absl::OkStatus();
                   });
  });
  if (!status.ok()) return status;
  return measure;
}

absl::StatusOr<std::vector<v1::Measure>> MeasureStore::ListMeasures(const MeasureFilter& f,
                                                                    int offset, int limit) {
  std::vector<v1::Measure> measures;
  absl::Status status = database_.Read([&](Connection& c) {
    return c.Query(
        StrCat("SELECT ", kColumns,
               " FROM measures WHERE ($1 = 0 OR kind = $1)"
               " AND ($2 = '' OR decided_on >= $2) AND ($3 = '' OR decided_on <= $3)"
               " AND ($4 = '' OR (valid_from <= $4 AND (valid_until = '' OR valid_until >= $4)))"
               " AND ($5 = '' OR (valid_until <> '' AND valid_until >= $5 AND valid_until <= $6))"
               " ORDER BY decided_on, id LIMIT $7 OFFSET $8"),
        std::vector<Value>{int64_t{f.kind}, f.decided_from, f.decided_to, f.in_force_on,
                           f.expiring_from, f.expiring_to, int64_t{limit}, int64_t{offset}},
        [&](const Row& row) {
          measures.push_back(FromRow(row));
          return absl::OkStatus();
        });
  });
  if (!status.ok()) return status;
  return measures;
}

absl::StatusOr<v1::Measure> MeasureStore::UpdateMeasure(int64_t id, const v1::Measure& measure) {
  v1::Measure updated = measure;
  updated.set_name(ResourceName("measures", id));
  absl::Status status = database_.Write([&](Connection& c) -> absl::Status {
    if (auto s = storage::RequireRow(c, "measures", "measures", id); !s.ok()) return s;
    auto existing = FindByNaturalKey(c, measure);
    if (!existing.ok()) return existing.status();
    if (existing->has_value() && **existing != id) {
      return absl::AlreadyExistsError(StrCat("the same measure is already registered as ",
                                             ResourceName("measures", **existing)));
    }
    return Update(c, id, measure);
  });
  if (!status.ok()) return status;
  return updated;
}

absl::Status MeasureStore::DeleteMeasure(int64_t id) {
  return database_.Write([&](Connection& c) -> absl::Status {
    if (auto s = storage::RequireRow(c, "measures", "measures", id); !s.ok()) return s;
    return c.Execute("DELETE FROM measures WHERE id = $1", std::vector<Value>{id});
  });
}

absl::Status MeasureStore::ImportMeasures(const std::vector<v1::Measure>& measures) {
  return database_.Write([&](Connection& c) -> absl::Status {
    for (const auto& m : measures) {
      auto existing = FindByNaturalKey(c, m);
      if (!existing.ok()) return existing.status();
      if (existing->has_value()) {
        if (auto s = Update(c, **existing, m); !s.ok()) return s;
      } else if (auto id = Insert(c, m); !id.ok()) {
        return id.status();
      }
    }
    return absl::OkStatus();
  });
}

absl::Status MeasureStore::UpsertWatchTeams(const std::vector<v1::WatchTeam>& teams) {
  return database_.Write([&](Connection& c) -> absl::Status {
    for (const auto& t : teams) {
      auto s = c.Execute(
          "INSERT INTO watch_teams (name, district, status, volunteers) VALUES ($1, $2, $3, $4) "
          "ON CONFLICT (name) DO UPDATE SET district = excluded.district, "
          "status = excluded.status, volunteers = excluded.volunteers",
          std::vector<Value>{t.name(), t.district(), int64_t{t.status()}, int64_t{t.volunteers()}});
      if (!s.ok()) return s;
    }
    return absl::OkStatus();
  });
}

absl::StatusOr<std::vector<v1::WatchTeam>> MeasureStore::ListWatchTeams() {
  std::vector<v1::WatchTeam> teams;
  absl::Status status = database_.Read([&](Connection& c) {
    return c.Query("SELECT name, district, status, volunteers FROM watch_teams ORDER BY name", {},
                   [&](const Row& row) {
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

absl::Status MeasureStore::UpsertCertificates(const std::vector<v1::KvoCertificate>& certificates) {
  return database_.Write([&](Connection& c) -> absl::Status {
    for (const auto& k : certificates) {
      auto s = c.Execute(
          "INSERT INTO kvo_certificates (park, level, certified_until) VALUES ($1, $2, $3) "
          "ON CONFLICT (park) DO UPDATE SET level = excluded.level, "
          "certified_until = excluded.certified_until",
          std::vector<Value>{k.park(), k.level(), k.certified_until()});
      if (!s.ok()) return s;
    }
    return absl::OkStatus();
  });
}

absl::StatusOr<std::vector<v1::KvoCertificate>> MeasureStore::ListCertificates() {
  std::vector<v1::KvoCertificate> certificates;
  absl::Status status = database_.Read([&](Connection& c) {
    return c.Query("SELECT park, level, certified_until FROM kvo_certificates ORDER BY park", {},
                   [&](const Row& row) {
                     v1::KvoCertificate& k = certificates.emplace_back();
                     k.set_park(row.Text(0));
                     k.set_level(row.Text(1));
                     k.set_certified_until(row.Text(2));
                     return absl::OkStatus();
                   });
  });
  if (!status.ok()) return status;
  return certificates;
}

}  // namespace veilig::veiligewijken
