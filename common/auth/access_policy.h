// The authorisation table: every RPC a Veilig server serves and the access it
// needs. The common services' entries are here; a theme registers those of
// its own API (services/<theme>/api/access_entries.cc). A method missing from
// the table is refused, and tests fail when a service has a method its table
// lacks.
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
using AccessEntries = std::map<std::string, Access, std::less<>>;

// Every method a server serves -> its access:
// the common services' entries, and those a server registered for its own.
const AccessEntries& AccessTable();

// Adds a service's own entries (a theme's API); called while the server
// starts, before it serves. An entry that contradicts one already there is
// FAILED_PRECONDITION.
absl::Status RegisterAccess(const AccessEntries& entries);

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
