#include "gateway/publication/publication_store.h"

#include <google/protobuf/util/json_util.h>
#include <google/protobuf/util/time_util.h>

#include "absl/strings/escaping.h"
#include "common/domain/strings.h"
#include "common/storage/request_ids.h"
#include "common/theme/themes.h"
#include "gateway/json/calendar_dates.h"
#include "gateway/report/report_names.h"

namespace veilig::gateway {
namespace {

using google::protobuf::util::TimeUtil;
using storage::Connection;
using storage::Row;
using storage::Value;

// Versions published before sections carried their theme's tables hold only
// the typed v1 data: each theme lays it out as it does today, so the version
// reads as it did when it was published.
void LayOutTablesOfEarlierVersions(report::v1::ProgressReport& report) {
  for (auto& section : *report.mutable_sections()) {
    if (!section.tables().empty()) continue;
    const theme::ThemeInfo* info = theme::FindTheme(section.theme());
    if (info == nullptr || info->tables_from_v1_data == nullptr) continue;
    for (auto& table : info->tables_from_v1_data(section)) *section.add_tables() = std::move(table);
  }
}

// The JSON is the record of a published version, readable in the database
// with any tool. Beside it each version keeps its binary form, base64 as
// text so that SQLite and PostgreSQL store it alike: parsing it is some
// twenty times cheaper than the JSON, and every dashboard page of a
// municipality starts from its latest version.
std::string BinaryCopy(const report::v1::ProgressReport& report) {
  return absl::Base64Escape(report.SerializeAsString());
}

// False when there is no copy (versions published before it was kept) or
// it cannot be read: the JSON is read instead.
bool FromBinaryCopy(const std::string& copy, report::v1::ProgressReport& report) {
  std::string bytes;
  return !copy.empty() && absl::Base64Unescape(copy, &bytes) && report.ParseFromString(bytes);
}

absl::StatusOr<std::optional<report::v1::ProgressReport>> ReadVersion(
    Connection& c, const std::string& municipality, const std::string& period, int version) {
  std::optional<report::v1::ProgressReport> found;
  absl::Status s = c.Query(
      "SELECT report_json, report_binary FROM published_reports WHERE municipality = $1 AND "
      "period = $2 AND version = $3",
      std::vector<Value>{municipality, period, int64_t{version}},
      [&](const Row& row) -> absl::Status {
        report::v1::ProgressReport report;
        if (!FromBinaryCopy(row.IsNull(1) ? "" : row.Text(1), report)) {
          // Versions published while the contracts wrote dates as ISO text
          // read with their dates turned into google.type.Date objects.
          auto json = DatesAsObjects(row.Text(0), report::v1::ProgressReport::descriptor());
          if (!json.ok() || !google::protobuf::util::JsonStringToMessage(*json, &report).ok()) {
            return absl::DataLossError(StrCat("published version ", version, " of ", municipality,
                                              " ", period, " cannot be read"));
          }
        }
        LayOutTablesOfEarlierVersions(report);
        found = std::move(report);
        return absl::OkStatus();
      });
  if (!s.ok()) return s;
  return found;
}

}  // namespace

const std::vector<storage::Migration>& PublicationStore::Migrations() {
  static const std::vector<storage::Migration> kMigrations = {{1, "published reports", R"sql(
CREATE TABLE published_reports (
  municipality TEXT NOT NULL,
  period TEXT NOT NULL,
  version INTEGER NOT NULL,
  municipality_name TEXT NOT NULL,
  publish_time TEXT NOT NULL,
  report_json TEXT NOT NULL,
  PRIMARY KEY (municipality, period, version)
);
)sql"},
                                                              storage::RequestIdMigration(),
                                                              {2, "binary copies of reports", R"sql(
ALTER TABLE published_reports ADD COLUMN report_binary TEXT;
)sql"}};
  return kMigrations;
}

absl::StatusOr<report::v1::ProgressReport> PublicationStore::Publish(
    report::v1::ProgressReport report, const std::string& request_id) {
  const std::string parent = ReportResourceName(report.municipality(), report.period());
  absl::Status status = database_.Write([&](Connection& c) -> absl::Status {
    if (!request_id.empty()) {
      auto made = storage::FindRequest(c, parent, request_id);
      if (!made.ok()) return made.status();
      if (made->has_value()) {
        auto version = ParseReportName("request_id", **made, /*versions=*/true);
        if (!version.ok() || version->version == 0) {
          return absl::InvalidArgumentError(
              StrCat("request_id: '", request_id, "' was used for ", **made, " before"));
        }
        auto earlier = ReadVersion(c, report.municipality(), report.period(), version->version);
        if (!earlier.ok()) return earlier.status();
        if (!earlier->has_value()) return absl::NotFoundError(StrCat(**made, " is gone"));
        report = std::move(**earlier);
        return absl::OkStatus();
      }
    }
    auto next = c.QueryInt(
        "SELECT COALESCE(MAX(version), 0) + 1 FROM published_reports "
        "WHERE municipality = $1 AND period = $2",
        std::vector<Value>{report.municipality(), report.period()});
    if (!next.ok()) return next.status();
    report.set_version(static_cast<int32_t>(next->value_or(1)));
    report.set_name(VersionResourceName(report.municipality(), report.period(), report.version()));
    report.set_status(report::v1::REPORT_STATUS_PUBLISHED);
    *report.mutable_create_time() = TimeUtil::GetCurrentTime();
    std::string json;
    if (auto s = google::protobuf::util::MessageToJsonString(report, &json); !s.ok()) {
      return absl::InternalError(StrCat("cannot serialise the report: ", s.ToString()));
    }
    if (auto s = c.Execute(
            "INSERT INTO published_reports (municipality, period, version, municipality_name, "
            "publish_time, report_json, report_binary) VALUES ($1, $2, $3, $4, $5, $6, $7)",
            std::vector<Value>{report.municipality(), report.period(), int64_t{report.version()},
                               report.municipality_name(), TimeUtil::ToString(report.create_time()),
                               json, BinaryCopy(report)});
        !s.ok()) {
      return s;
    }
    if (request_id.empty()) return absl::OkStatus();
    return storage::RememberRequest(c, parent, request_id,
                                    StrCat(parent, "/versions/", report.version()));
  });
  if (!status.ok()) return status;
  return report;
}

absl::StatusOr<std::optional<report::v1::ProgressReport>> PublicationStore::Get(
    const std::string& municipality, const std::string& period, int version) {
  absl::StatusOr<std::optional<report::v1::ProgressReport>> found;
  absl::Status status = database_.Read([&](Connection& c) {
    found = ReadVersion(c, municipality, period, version);
    return found.status();
  });
  if (!status.ok()) return status;
  return found;
}

absl::StatusOr<std::vector<report::v1::ReportVersion>> PublicationStore::Versions(
    const std::string& municipality, const std::string& period) {
  std::vector<report::v1::ReportVersion> versions;
  absl::Status status = database_.Read([&](Connection& c) {
    return c.Query(
        "SELECT version, publish_time FROM published_reports WHERE municipality = $1 AND "
        "period = $2 ORDER BY version",
        std::vector<Value>{municipality, period}, [&](const Row& row) {
          auto& v = versions.emplace_back();
          v.set_version(static_cast<int32_t>(row.Int(0)));
          v.set_name(VersionResourceName(municipality, period, v.version()));
          if (!TimeUtil::FromString(row.Text(1), v.mutable_publish_time())) {
            return absl::DataLossError(StrCat("published_reports: version ", v.version(),
                                              " has the unreadable time '", row.Text(1), "'"));
          }
          return absl::OkStatus();
        });
  });
  if (!status.ok()) return status;
  return versions;
}

absl::StatusOr<std::vector<report::v1::PublishedReport>> PublicationStore::Published() {
  std::vector<report::v1::PublishedReport> reports;
  absl::Status status = database_.Read([&](Connection& c) {
    return c.Query(
        "SELECT municipality, MAX(municipality_name), period, MAX(version) FROM published_reports "
        "GROUP BY municipality, period ORDER BY municipality, period DESC",
        {}, [&](const Row& row) {
          auto& r = reports.emplace_back();
          r.set_municipality(row.Text(0));
          r.set_municipality_name(row.Text(1));
          r.set_period(row.Text(2));
          r.set_latest_version(static_cast<int32_t>(row.Int(3)));
          r.set_name(ReportResourceName(r.municipality(), r.period()));
          return absl::OkStatus();
        });
  });
  if (!status.ok()) return status;
  return reports;
}

absl::StatusOr<std::optional<report::v1::PublishedReport>> PublicationStore::LatestPublished(
    const std::string& municipality) {
  std::optional<report::v1::PublishedReport> latest;
  absl::Status status = database_.Read([&](Connection& c) {
    return c.Query(
        "SELECT period, MAX(version) FROM published_reports WHERE municipality = $1 "
        "GROUP BY period ORDER BY period DESC LIMIT 1",
        std::vector<storage::Value>{municipality}, [&](const Row& row) {
          latest.emplace();
          latest->set_municipality(municipality);
          latest->set_period(row.Text(0));
          latest->set_latest_version(static_cast<int32_t>(row.Int(1)));
          latest->set_name(ReportResourceName(municipality, latest->period()));
          return absl::OkStatus();
        });
  });
  if (!status.ok()) return status;
  return latest;
}

}  // namespace veilig::gateway
