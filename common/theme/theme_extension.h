// What a theme service adds to the common ThemeService: its own tables, its
// own gRPC API and its own part of the report section. The theme server
// wires an extension in beside ThemeService; nothing else needs to change.
#pragma once

#include <grpcpp/grpcpp.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "common/auth/access_policy.h"
#include "common/domain/period.h"
#include "common/server/admission.h"
#include "common/storage/database.h"
#include "common/theme/versioned_database.h"
#include "veilig/common/v1/section.pb.h"

namespace veilig::theme {

class ThemeExtension {
 public:
  virtual ~ThemeExtension() = default;
  // The extension's own migrations; versions from 100 up, so they never
  // collide with ThemeStore's.
  virtual const std::vector<storage::Migration>& Migrations() const = 0;
  // The theme's own gRPC service, admitted (common/server/admission.h).
  virtual server::AdmittedService& Service() = 0;
  // Who may call each RPC of that service; registered before serving.
  virtual const auth::AccessEntries& AccessEntries() const = 0;
  // Adds `municipality`'s own data for `period` (a half year) to `section`.
  virtual absl::Status AddToSection(const std::string& municipality, const Period& period,
                                    common::v1::ThemeSection& section) = 0;
};

// The extension's stores write through `database`, naming the municipality
// each write belongs to, so that cached sections know when they are stale.
using ThemeExtensionFactory = std::unique_ptr<ThemeExtension> (*)(VersionedDatabase& database);

}  // namespace veilig::theme
