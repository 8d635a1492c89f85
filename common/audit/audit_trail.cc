#include "common/audit/audit_trail.h"

#include <google/protobuf/util/time_util.h>
#include <spdlog/spdlog.h>

#include "common/domain/resource_name.h"
#include "common/domain/strings.h"
#include "common/metrics/grpc_codes.h"
#include "common/server/grpc_status.h"
#include "common/server/paging.h"
#include "common/storage/numbered_rows.h"

namespace veilig::audit {
namespace {

using storage::Value;
using TimeUtil = google::protobuf::util::TimeUtil;

}  // namespace

AuditTrail::AuditTrail(storage::Database& database, auth::CallGate& gate) : database_(database) {
  gate.SetAuditSink([this](const auth::AuditRecord& record) {
    // A write that happened must not be reported as failed because its
    // audit line could not be stored; the log keeps it then.
    if (auto s = Record(record); !s.ok()) {
      spdlog::error("audit trail: cannot record {} by {} ({}): {}", record.method, record.subject,
                    metrics::GrpcCodeName(record.code), View(s.message()));
    }
  });
}

const std::vector<storage::Migration>& AuditTrail::Migrations() {
  static const std::vector<storage::Migration> kMigrations = {{900, "audit trail", R"sql(
CREATE TABLE audit_events (
  id BIGINT PRIMARY KEY,
  at TEXT NOT NULL,
  subject TEXT NOT NULL,
  method TEXT NOT NULL,
  resource TEXT NOT NULL,
  outcome TEXT NOT NULL,
  message TEXT NOT NULL
);
CREATE INDEX audit_events_by_subject ON audit_events (subject, id);
)sql"},
                                                              storage::IdSequenceMigration(),
                                                              {901, "audit events by municipality",
                                                               R"sql(
ALTER TABLE audit_events ADD COLUMN municipality TEXT NOT NULL DEFAULT '';
CREATE INDEX audit_events_by_municipality ON audit_events (municipality, id);
)sql"}};
  return kMigrations;
}

absl::Status AuditTrail::Record(const auth::AuditRecord& record) {
  const std::string now = TimeUtil::ToString(TimeUtil::GetCurrentTime());
  return database_.Write([&](storage::Connection& c) -> absl::Status {
    auto id = storage::NextId(c, "audit_events");
    if (!id.ok()) return id.status();
    return c.Execute(
        "INSERT INTO audit_events (id, at, subject, method, resource, outcome, message, "
        "municipality) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        std::vector<Value>{*id, now, record.subject, record.method, record.resource,
                           std::string(metrics::GrpcCodeName(record.code)), record.message,
                           record.municipality});
  });
}

grpc::Status AuditTrail::ListAuditEvents(grpc::ServerContext* context,
                                         const v1::ListAuditEventsRequest* request,
                                         v1::ListAuditEventsResponse* response) {
  // "municipalities/-" (every municipality's events and the shared figures')
  // is for callers acting for every municipality; the access check saw to that.
  std::string municipality = "-";
  if (request->parent() != "municipalities/-") {
    auto parsed = ParseParent("parent", request->parent());
    if (!parsed.ok()) return server::ToGrpcStatus(parsed.status());
    municipality = *parsed;
  }
  auto page = server::ParsePage(*request);
  if (!page.ok()) return server::ToGrpcStatus(page.status());
  std::vector<v1::AuditEvent> events;
  absl::Status status = database_.Read([&](storage::Connection& c) {
    return c.Query(
        "SELECT id, at, subject, method, resource, outcome, message, municipality "
        "FROM audit_events WHERE ($1 = '' OR subject = $1) AND ($4 = '-' OR municipality = $4) "
        "ORDER BY id DESC LIMIT $2 OFFSET $3",
        std::vector<Value>{request->subject(), int64_t{page->probe_size()}, int64_t{page->offset},
                           municipality},
        [&](const storage::Row& row) {
          v1::AuditEvent event;
          event.set_id(row.Int(0));
          if (!TimeUtil::FromString(row.Text(1), event.mutable_time())) {
            return absl::DataLossError(StrCat("audit_events: event ", event.id(),
                                              " has the unreadable time '", row.Text(1), "'"));
          }
          event.set_subject(row.Text(2));
          event.set_method(row.Text(3));
          event.set_resource(row.Text(4));
          event.set_outcome(row.Text(5));
          event.set_message(row.Text(6));
          event.set_municipality(row.Text(7));
          events.push_back(std::move(event));
          return absl::OkStatus();
        });
  });
  if (!status.ok()) return server::ToGrpcStatus(status);
  response->set_next_page_token(page->Take(events, [response](auto&& event) {
    *response->add_events() = std::forward<decltype(event)>(event);
  }));
  return grpc::Status::OK;
}

}  // namespace veilig::audit
