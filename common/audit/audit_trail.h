// A server's audit trail: the writes its call gate reports, kept in the
// server's own store, and the AuditService that lists them for admins.
#pragma once

#include <memory>

#include "common/auth/call_gate.h"
#include "common/storage/database.h"
#include "veilig/audit/v1/audit_service.grpc.pb.h"

namespace veilig::audit {

class AuditTrail : public v1::AuditService::Service {
 public:
  // Records every write `gate` reports into `database`.
  AuditTrail(storage::Database& database, auth::CallGate& gate);

  static const std::vector<storage::Migration>& Migrations();

  absl::Status Record(const auth::AuditRecord& record);

  grpc::Status ListAuditEvents(grpc::ServerContext* context,
                               const v1::ListAuditEventsRequest* request,
                               v1::ListAuditEventsResponse* response) override;

 private:
  storage::Database& database_;
};

}  // namespace veilig::audit
