// Published reports, in the gateway's own store: each version frozen as
// canonical JSON, never updated, never deleted.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "common/storage/database.h"
#include "veilig/report/v1/report_service.pb.h"

namespace veilig::gateway {

class PublicationStore {
 public:
  explicit PublicationStore(storage::Database& database) : database_(database) {}

  static const std::vector<storage::Migration>& Migrations();

  // Stores `report` as the next version of its municipality and period, in
  // one transaction; returns it with version, status and time set. With a
  // `request_id` seen before for the same report: the version that request
  // made (AIP-155), and nothing new.
  absl::StatusOr<report::v1::ProgressReport> Publish(report::v1::ProgressReport report,
                                                     const std::string& request_id = "");
  absl::StatusOr<std::optional<report::v1::ProgressReport>> Get(const std::string& municipality,
                                                                const std::string& period,
                                                                int version);
  absl::StatusOr<std::vector<report::v1::ReportVersion>> Versions(const std::string& municipality,
                                                                  const std::string& period);
  absl::StatusOr<std::vector<report::v1::PublishedReport>> Published();
  // A municipality's latest period with a published version, and its latest
  // version; none when it has none.
  absl::StatusOr<std::optional<report::v1::PublishedReport>> LatestPublished(
      const std::string& municipality);

 private:
  storage::Database& database_;
};

}  // namespace veilig::gateway
