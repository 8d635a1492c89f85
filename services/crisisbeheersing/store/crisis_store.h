// The crisisbeheersing service's own tables: incidents, on-call pools with
// their deployments per period, and event risk advice, each kept by one
// municipality: every method reads and writes only the records of the
// municipality it is given.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "common/theme/versioned_database.h"
#include "veilig/crisisbeheersing/v1/incidents.pb.h"

namespace veilig::crisisbeheersing {

struct IncidentFilter {
  // Inclusive ISO date range; empty means unbounded.
  std::string from_date;
  std::string to_date;
  // GRIP_LEVEL_UNSPECIFIED: every level.
  v1::GripLevel min_grip = v1::GRIP_LEVEL_UNSPECIFIED;
};

class CrisisStore {
 public:
  explicit CrisisStore(theme::VersionedDatabase& database) : database_(database) {}

  static const std::vector<storage::Migration>& Migrations();

  // Assigns the name; ALREADY_EXISTS when an incident with the same date,
  // title and location is registered.
  // With a `request_id` seen before in the municipality: the incident that
  // request made (AIP-155).
  absl::StatusOr<v1::Incident> CreateIncident(const std::string& municipality,
                                              const v1::Incident& incident,
                                              const std::string& request_id = "");
  absl::StatusOr<std::optional<v1::Incident>> GetIncident(const std::string& municipality,
                                                          int64_t id);
  absl::StatusOr<std::vector<v1::Incident>> ListIncidents(const std::string& municipality,
                                                          const IncidentFilter& filter, int offset,
                                                          int limit);
  // NOT_FOUND when absent.
  absl::StatusOr<v1::Incident> UpdateIncident(const std::string& municipality, int64_t id,
                                              const v1::Incident& incident);
  // Reads the incident, lets `change` decide its new state and writes that,
  // in one transaction.
  absl::StatusOr<v1::Incident> ChangeIncident(
      const std::string& municipality, int64_t id,
      const std::function<absl::StatusOr<v1::Incident>(const v1::Incident&)>& change);
  absl::Status DeleteIncident(const std::string& municipality, int64_t id);
  // Upserts by (date, title, location), all or nothing.
  absl::Status ImportIncidents(const std::string& municipality,
                               const std::vector<v1::Incident>& incidents);

  absl::Status UpsertPools(const std::string& municipality,
                           const std::vector<v1::OnCallPool>& pools);
  // Every pool with all its deployments, by function.
  absl::StatusOr<std::vector<v1::OnCallPool>> ListPools(const std::string& municipality);

  absl::Status UpsertEvents(const std::string& municipality,
                            const std::vector<v1::EventAdvice>& events);
  // Events overlapping the inclusive date range (empty = unbounded), by start date.
  absl::StatusOr<std::vector<v1::EventAdvice>> ListEvents(const std::string& municipality,
                                                          const std::string& from_date,
                                                          const std::string& to_date);

 private:
  theme::VersionedDatabase& database_;
};

}  // namespace veilig::crisisbeheersing
