#include "services/crisisbeheersing/store/crisis_store.h"

#include <map>

#include "common/domain/calendar_date.h"
#include "common/domain/resource_name.h"
#include "common/domain/strings.h"
#include "common/storage/numbered_rows.h"
#include "common/storage/request_ids.h"
#include "services/crisisbeheersing/domain/crisis_rules.h"

namespace veilig::crisisbeheersing {
namespace {

using storage::Connection;
using storage::Row;
using storage::Value;
using theme::WriteScope;

constexpr char kCollection[] = "incidents";
constexpr char kIncidentColumns[] = "municipality, id, date, title, location, category, grip";

v1::Incident IncidentFromRow(const Row& row) {
  v1::Incident incident;
  incident.set_name(ResourceName(row.Text(0), kCollection, row.Int(1)));
  *incident.mutable_date() = DateFromIso(row.Text(2));
  incident.set_title(row.Text(3));
  incident.set_location(row.Text(4));
  incident.set_category(row.Text(5));
  incident.set_grip(GripOfRank(static_cast<int>(row.Int(6))));
  return incident;
}

absl::StatusOr<std::optional<int64_t>> FindByNaturalKey(Connection& c,
                                                        const std::string& municipality,
                                                        const v1::Incident& i) {
  return c.QueryInt(
      "SELECT id FROM incidents WHERE municipality = $4 AND date = $1 AND title = $2 AND "
      "location = $3",
      std::vector<Value>{IsoDate(i.date()), i.title(), i.location(), municipality});
}

absl::StatusOr<std::optional<v1::Incident>> FindIncident(Connection& c,
                                                         const std::string& municipality,
                                                         int64_t id) {
  std::optional<v1::Incident> incident;
  absl::Status s = c.Query(
      StrCat("SELECT ", kIncidentColumns, " FROM incidents WHERE municipality = $1 AND id = $2"),
      std::vector<Value>{municipality, id}, [&](const Row& row) {
        incident = IncidentFromRow(row);
        return absl::OkStatus();
      });
  if (!s.ok()) return s;
  return incident;
}

absl::Status NotFound(const std::string& municipality, int64_t id) {
  return absl::NotFoundError(
      StrCat(ResourceName(municipality, kCollection, id), " does not exist"));
}

absl::Status InsertIncident(Connection& c, const std::string& municipality, int64_t* id,
                            const v1::Incident& i) {
  auto next = storage::NextId(c, "incidents");
  if (!next.ok()) return next.status();
  *id = *next;
  return c.Execute(
      "INSERT INTO incidents (id, date, title, location, category, grip, municipality) "
      "VALUES ($1, $2, $3, $4, $5, $6, $7)",
      std::vector<Value>{*id, IsoDate(i.date()), i.title(), i.location(), i.category(),
                         int64_t{GripRank(i.grip())}, municipality});
}

absl::Status WriteIncident(Connection& c, const std::string& municipality, int64_t id,
                           const v1::Incident& i) {
  return c.Execute(
      "UPDATE incidents SET date = $2, title = $3, location = $4, category = $5, grip = $6 "
      "WHERE id = $1 AND municipality = $7",
      std::vector<Value>{id, IsoDate(i.date()), i.title(), i.location(), i.category(),
                         int64_t{GripRank(i.grip())}, municipality});
}

}  // namespace

const std::vector<storage::Migration>& CrisisStore::Migrations() {
  static const std::vector<storage::Migration> kMigrations = {
      {101, "incidents, on-call pools, event advice", R"sql(
CREATE TABLE incidents (
  id BIGINT PRIMARY KEY,
  date TEXT NOT NULL,
  title TEXT NOT NULL,
  location TEXT NOT NULL,
  category TEXT NOT NULL,
  grip INTEGER NOT NULL,
  UNIQUE (date, title, location)
);
CREATE INDEX incidents_by_date ON incidents (date);
CREATE TABLE on_call_pools (
  function TEXT PRIMARY KEY,
  scope INTEGER NOT NULL,
  required INTEGER NOT NULL,
  filled INTEGER NOT NULL
);
CREATE TABLE on_call_deployments (
  function TEXT NOT NULL,
  period TEXT NOT NULL,
  deployments INTEGER NOT NULL,
  PRIMARY KEY (function, period)
);
CREATE TABLE event_advice (
  event TEXT NOT NULL,
  start_date TEXT NOT NULL,
  end_date TEXT NOT NULL,
  risk_class TEXT NOT NULL,
  advice TEXT NOT NULL,
  PRIMARY KEY (event, start_date)
);
)sql"},
      // Rows kept before municipalities owned them go to the one municipality
      // with a plan (ThemeStore's plans, same database).
      {102, "incidents, pools and event advice owned by a municipality", R"sql(
CREATE TABLE owned_incidents (
  municipality TEXT NOT NULL,
  id BIGINT PRIMARY KEY,
  date TEXT NOT NULL,
  title TEXT NOT NULL,
  location TEXT NOT NULL,
  category TEXT NOT NULL,
  grip INTEGER NOT NULL,
  UNIQUE (municipality, date, title, location)
);
INSERT INTO owned_incidents
SELECT (SELECT CASE WHEN COUNT(*) = 1 THEN MIN(municipality) ELSE '' END FROM plans),
       id, date, title, location, category, grip
FROM incidents;
DROP TABLE incidents;
ALTER TABLE owned_incidents RENAME TO incidents;
CREATE INDEX incidents_by_date ON incidents (municipality, date);
CREATE TABLE owned_on_call_pools (
  municipality TEXT NOT NULL,
  function TEXT NOT NULL,
  scope INTEGER NOT NULL,
  required INTEGER NOT NULL,
  filled INTEGER NOT NULL,
  PRIMARY KEY (municipality, function)
);
INSERT INTO owned_on_call_pools
SELECT (SELECT CASE WHEN COUNT(*) = 1 THEN MIN(municipality) ELSE '' END FROM plans),
       function, scope, required, filled
FROM on_call_pools;
DROP TABLE on_call_pools;
ALTER TABLE owned_on_call_pools RENAME TO on_call_pools;
CREATE TABLE owned_on_call_deployments (
  municipality TEXT NOT NULL,
  function TEXT NOT NULL,
  period TEXT NOT NULL,
  deployments INTEGER NOT NULL,
  PRIMARY KEY (municipality, function, period)
);
INSERT INTO owned_on_call_deployments
SELECT (SELECT CASE WHEN COUNT(*) = 1 THEN MIN(municipality) ELSE '' END FROM plans),
       function, period, deployments
FROM on_call_deployments;
DROP TABLE on_call_deployments;
ALTER TABLE owned_on_call_deployments RENAME TO on_call_deployments;
CREATE TABLE owned_event_advice (
  municipality TEXT NOT NULL,
  event TEXT NOT NULL,
  start_date TEXT NOT NULL,
  end_date TEXT NOT NULL,
  risk_class TEXT NOT NULL,
  advice TEXT NOT NULL,
  PRIMARY KEY (municipality, event, start_date)
);
INSERT INTO owned_event_advice
SELECT (SELECT CASE WHEN COUNT(*) = 1 THEN MIN(municipality) ELSE '' END FROM plans),
       event, start_date, end_date, risk_class, advice
FROM event_advice;
DROP TABLE event_advice;
ALTER TABLE owned_event_advice RENAME TO event_advice;
)sql"},
      // The column holds the level's rank in the order of scale (GripRank),
      // not the contract's enum number, which no longer follows that order.
      {103, "GRIP levels stored by rank", R"sql(
UPDATE incidents SET grip = grip - 1;
)sql"}};
  return kMigrations;
}

absl::StatusOr<v1::Incident> CrisisStore::CreateIncident(const std::string& municipality,
                                                         const v1::Incident& incident,
                                                         const std::string& request_id) {
  v1::Incident created = incident;
  const std::string parent = MunicipalityName(municipality);
  absl::Status status =
      database_.Write(WriteScope::Owned(municipality), [&](Connection& c) -> absl::Status {
        auto earlier = storage::EarlierCreate<v1::Incident>(
            c, parent, request_id, kCollection,
            [&](int64_t id) { return FindIncident(c, municipality, id); });
        if (!earlier.ok()) return earlier.status();
        if (earlier->has_value()) {
          created = std::move(**earlier);
          return absl::OkStatus();
        }
        auto existing = FindByNaturalKey(c, municipality, incident);
        if (!existing.ok()) return existing.status();
        if (existing->has_value()) {
          return absl::AlreadyExistsError(
              StrCat("an incident on ", IsoDate(incident.date()), " titled '", incident.title(),
                     "' at '", incident.location(), "' is already registered as ",
                     ResourceName(municipality, kCollection, **existing)));
        }
        int64_t id = 0;
        if (auto s = InsertIncident(c, municipality, &id, incident); !s.ok()) return s;
        created.set_name(ResourceName(municipality, kCollection, id));
        if (request_id.empty()) return absl::OkStatus();
        return storage::RememberRequest(c, parent, request_id, created.name());
      });
  if (!status.ok()) return status;
  return created;
}

absl::StatusOr<std::optional<v1::Incident>> CrisisStore::GetIncident(
    const std::string& municipality, int64_t id) {
  absl::StatusOr<std::optional<v1::Incident>> incident;
  absl::Status status = database_.Read([&](Connection& c) {
    incident = FindIncident(c, municipality, id);
    return incident.status();
  });
  if (!status.ok()) return status;
  return incident;
}

absl::StatusOr<std::vector<v1::Incident>> CrisisStore::ListIncidents(
    const std::string& municipality, const IncidentFilter& filter, int offset, int limit) {
  std::vector<v1::Incident> incidents;
  absl::Status status = database_.Read([&](Connection& c) {
    return c.Query(
        StrCat("SELECT ", kIncidentColumns,
               " FROM incidents WHERE municipality = $6 AND ($1 = '' OR date >= $1)"
               " AND ($2 = '' OR date <= $2) AND grip >= $3 ORDER BY date, id LIMIT $4 OFFSET $5"),
        std::vector<Value>{filter.from_date, filter.to_date, int64_t{GripRank(filter.min_grip)},
                           int64_t{limit}, int64_t{offset}, municipality},
        [&](const Row& row) {
          incidents.push_back(IncidentFromRow(row));
          return absl::OkStatus();
        });
  });
  if (!status.ok()) return status;
  return incidents;
}

absl::StatusOr<v1::Incident> CrisisStore::UpdateIncident(const std::string& municipality,
                                                         int64_t id, const v1::Incident& incident) {
  return ChangeIncident(
      municipality, id,
      [&incident](const v1::Incident&) -> absl::StatusOr<v1::Incident> { return incident; });
}

absl::StatusOr<v1::Incident> CrisisStore::ChangeIncident(
    const std::string& municipality, int64_t id,
    const std::function<absl::StatusOr<v1::Incident>(const v1::Incident&)>& change) {
  v1::Incident changed;
  absl::Status status =
      database_.Write(WriteScope::Owned(municipality), [&](Connection& c) -> absl::Status {
        auto current = FindIncident(c, municipality, id);
        if (!current.ok()) return current.status();
        if (!current->has_value()) return NotFound(municipality, id);
        auto next = change(**current);
        if (!next.ok()) return next.status();
        changed = std::move(*next);
        changed.set_name(ResourceName(municipality, kCollection, id));
        auto existing = FindByNaturalKey(c, municipality, changed);
        if (!existing.ok()) return existing.status();
        if (existing->has_value() && **existing != id) {
          return absl::AlreadyExistsError(
              StrCat("the same incident is already registered as ",
                     ResourceName(municipality, kCollection, **existing)));
        }
        return WriteIncident(c, municipality, id, changed);
      });
  if (!status.ok()) return status;
  return changed;
}

absl::Status CrisisStore::DeleteIncident(const std::string& municipality, int64_t id) {
  return database_.Write(WriteScope::Owned(municipality), [&](Connection& c) -> absl::Status {
    if (auto s = storage::RequireOwnedRow(c, "incidents", municipality, kCollection, id); !s.ok()) {
      return s;
    }
    return c.Execute("DELETE FROM incidents WHERE municipality = $1 AND id = $2",
                     std::vector<Value>{municipality, id});
  });
}

absl::Status CrisisStore::ImportIncidents(const std::string& municipality,
                                          const std::vector<v1::Incident>& incidents) {
  return database_.Write(WriteScope::Owned(municipality), [&](Connection& c) -> absl::Status {
    for (const auto& incident : incidents) {
      auto existing = FindByNaturalKey(c, municipality, incident);
      if (!existing.ok()) return existing.status();
      int64_t id = 0;
      auto s = existing->has_value() ? WriteIncident(c, municipality, **existing, incident)
                                     : InsertIncident(c, municipality, &id, incident);
      if (!s.ok()) return s;
    }
    return absl::OkStatus();
  });
}

absl::Status CrisisStore::UpsertPools(const std::string& municipality,
                                      const std::vector<v1::OnCallPool>& pools) {
  return database_.Write(WriteScope::Owned(municipality), [&](Connection& c) -> absl::Status {
    for (const auto& pool : pools) {
      auto s = c.Execute(
          "INSERT INTO on_call_pools (function, scope, required, filled, municipality) "
          "VALUES ($1, $2, $3, $4, $5) ON CONFLICT (municipality, function) DO UPDATE SET "
          "scope = excluded.scope, required = excluded.required, filled = excluded.filled",
          std::vector<Value>{pool.function(), int64_t{pool.scope()}, int64_t{pool.required()},
                             int64_t{pool.filled()}, municipality});
      if (!s.ok()) return s;
      for (const auto& d : pool.deployments()) {
        s = c.Execute(
            "INSERT INTO on_call_deployments (function, period, deployments, municipality) "
            "VALUES ($1, $2, $3, $4) ON CONFLICT (municipality, function, period) "
            "DO UPDATE SET deployments = excluded.deployments",
            std::vector<Value>{pool.function(), d.period(), int64_t{d.count()}, municipality});
        if (!s.ok()) return s;
      }
    }
    return absl::OkStatus();
  });
}

absl::StatusOr<std::vector<v1::OnCallPool>> CrisisStore::ListPools(
    const std::string& municipality) {
  std::vector<v1::OnCallPool> pools;
  absl::Status status = database_.Read([&](Connection& c) -> absl::Status {
    std::map<std::string, size_t> index;
    auto s = c.Query(
        "SELECT function, scope, required, filled FROM on_call_pools "
        "WHERE municipality = $1 ORDER BY function",
        std::vector<Value>{municipality}, [&](const Row& row) {
          v1::OnCallPool& pool = pools.emplace_back();
          pool.set_function(row.Text(0));
          pool.set_scope(static_cast<v1::PoolScope>(row.Int(1)));
          pool.set_required(static_cast<int32_t>(row.Int(2)));
          pool.set_filled(static_cast<int32_t>(row.Int(3)));
          pool.set_understaffed(pool.filled() < pool.required());
          index[pool.function()] = pools.size() - 1;
          return absl::OkStatus();
        });
    if (!s.ok()) return s;
    return c.Query(
        "SELECT function, period, deployments FROM on_call_deployments WHERE municipality = $1 "
        "ORDER BY function, period",
        std::vector<Value>{municipality}, [&](const Row& row) {
          auto it = index.find(row.Text(0));
          if (it == index.end()) return absl::OkStatus();
          auto* d = pools[it->second].add_deployments();
          d->set_period(row.Text(1));
          d->set_count(static_cast<int32_t>(row.Int(2)));
          return absl::OkStatus();
        });
  });
  if (!status.ok()) return status;
  return pools;
}

absl::Status CrisisStore::UpsertEvents(const std::string& municipality,
                                       const std::vector<v1::EventAdvice>& events) {
  return database_.Write(WriteScope::Owned(municipality), [&](Connection& c) -> absl::Status {
    for (const auto& e : events) {
      auto s = c.Execute(
          "INSERT INTO event_advice (event, start_date, end_date, risk_class, advice, "
          "municipality) VALUES ($1, $2, $3, $4, $5, $6) "
          "ON CONFLICT (municipality, event, start_date) DO UPDATE SET "
          "end_date = excluded.end_date, risk_class = excluded.risk_class, advice = "
          "excluded.advice",
          std::vector<Value>{e.event(), IsoDate(e.start_date()), IsoDate(e.end_date()),
                             e.risk_class(), e.advice(), municipality});
      if (!s.ok()) return s;
    }
    return absl::OkStatus();
  });
}

absl::StatusOr<std::vector<v1::EventAdvice>> CrisisStore::ListEvents(
    const std::string& municipality, const std::string& from_date, const std::string& to_date) {
  std::vector<v1::EventAdvice> events;
  absl::Status status = database_.Read([&](Connection& c) {
    return c.Query(
        "SELECT event, start_date, end_date, risk_class, advice FROM event_advice "
        "WHERE municipality = $3 AND ($1 = '' OR end_date >= $1) AND ($2 = '' OR start_date <= $2) "
        "ORDER BY start_date, event",
        std::vector<Value>{from_date, to_date, municipality}, [&](const Row& row) {
          v1::EventAdvice& e = events.emplace_back();
          e.set_event(row.Text(0));
          *e.mutable_start_date() = DateFromIso(row.Text(1));
          *e.mutable_end_date() = DateFromIso(row.Text(2));
          e.set_risk_class(row.Text(3));
          e.set_advice(row.Text(4));
          return absl::OkStatus();
        });
  });
  if (!status.ok()) return status;
  return events;
}

}  // namespace veilig::crisisbeheersing
