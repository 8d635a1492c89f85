// The authorisation table: every RPC of every Veilig server and the access it
// needs. One place to read who may do what; a method missing from the table
// is refused, and a test fails when a service has a method the table lacks.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "common/auth/identity.h"
#include "google/protobuf/message.h"

namespace veilig::auth {

enum class Access {
  // No token needed: health checks and server reflection.
  kOpen,
  // Published reports: every role. A call that asks for the draft needs
  // kDraft as well, which the handler checks (RequireDraftAccess).
  kPublished,
  // Drafts and theme data: an editor of any theme, a publisher, an admin.
  kDraft,
  // Writes to a theme service: an editor of that service, an admin.
  kWrite,
  // Publishing a report: a publisher, an admin.
  kPublish,
  // The audit trail: an admin.
  kAdmin,
};

// Full method name ("veilig.theme.v1.ThemeService/GetSeries") -> access.
const std::map<std::string, Access, std::less<>>& AccessTable();

// Methods registered raw (the handler decodes the request bytes itself):
// the access check decodes their request to see which municipality it names.
const std::map<std::string, const google::protobuf::Message*, std::less<>>& RawRequestMethods();

// Whether a call needing `access` is limited to the municipalities the caller
// acts for. Published reports are not: they are readable by every role.
bool ScopedByMunicipality(Access access);

// OK when `identity` acts for `municipality` (a CBS code, or "-" for every
// municipality); else PERMISSION_DENIED.
absl::Status AuthorizeMunicipality(const Identity& identity, std::string_view municipality);

// OK when `identity` may make a call that needs `access` on the server named
// `service` ("veilige-wijken", "veilig-gateway"); else PERMISSION_DENIED
// naming the roles that would do.
absl::Status Authorize(const Identity& identity, Access access, std::string_view service,
                       std::string_view method);

}  // namespace veilig::auth
