// The veilige-wijken service's own tables: administrative measures, watch
// teams and KVO certificates, each kept by one municipality.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "common/theme/versioned_database.h"
#include "veilig/veiligewijken/v1/measures.pb.h"

namespace veilig::veiligewijken {

struct MeasureFilter {
  v1::MeasureKind kind = v1::MEASURE_KIND_UNSPECIFIED;
  // Inclusive range of decision dates; empty = unbounded.
  std::string decided_from;
  std::string decided_to;
  // Valid on this date; empty = any.
  std::string in_force_on;
  // valid_until within [expiring_from, expiring_to]; empty = any.
  std::string expiring_from;
  std::string expiring_to;
};

// Every method reads and writes only the records of the municipality it is
// given: another municipality's measure is as absent as a deleted one.
class MeasureStore {
 public:
  explicit MeasureStore(theme::VersionedDatabase& database) : database_(database) {}

  static const std::vector<storage::Migration>& Migrations();

  // Assigns the name; ALREADY_EXISTS for the same kind, decision date, area
  // and description. With a `request_id` seen before in the municipality:
  // the measure that request made (AIP-155).
  absl::StatusOr<v1::Measure> CreateMeasure(const std::string& municipality,
                                            const v1::Measure& measure,
                                            const std::string& request_id = "");
  absl::StatusOr<std::optional<v1::Measure>> GetMeasure(const std::string& municipality,
                                                        int64_t id);
  absl::StatusOr<std::vector<v1::Measure>> ListMeasures(const std::string& municipality,
                                                        const MeasureFilter& filter, int offset,
                                                        int limit);
  absl::StatusOr<v1::Measure> UpdateMeasure(const std::string& municipality, int64_t id,
                                            const v1::Measure& measure);
  // Reads the measure, lets `change` decide its new state and writes that, in
  // one transaction.
  absl::StatusOr<v1::Measure> ChangeMeasure(
      const std::string& municipality, int64_t id,
      const std::function<absl::StatusOr<v1::Measure>(const v1::Measure&)>& change);
  absl::Status DeleteMeasure(const std::string& municipality, int64_t id);
  // Upserts by (kind, decided_on, area, description), all or nothing.
  absl::Status ImportMeasures(const std::string& municipality,
                              const std::vector<v1::Measure>& measures);

  absl::Status UpsertWatchTeams(const std::string& municipality,
                                const std::vector<v1::WatchTeam>& teams);
  absl::StatusOr<std::vector<v1::WatchTeam>> ListWatchTeams(const std::string& municipality,
                                                            int offset, int limit);
  absl::Status UpsertCertificates(const std::string& municipality,
                                  const std::vector<v1::KvoCertificate>& certificates);
  absl::StatusOr<std::vector<v1::KvoCertificate>> ListCertificates(const std::string& municipality,
                                                                   int offset, int limit);

 private:
  theme::VersionedDatabase& database_;
};

}  // namespace veilig::veiligewijken
