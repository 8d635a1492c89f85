// What a theme service adds to the common ThemeService: its own tables, its
// own gRPC API and its own part of the report section. The theme server
// wires an extension in beside ThemeService; nothing else needs to change.
#pragma once

#include <grpcpp/grpcpp.h>

#include <memory>
#include <vector>

#include "absl/status/status.h"
#include "common/domain/period.h"
#include "common/storage/database.h"
#include "veilig/common/v1/section.pb.h"

namespace veilig::theme {

class ThemeExtension {
 public:
  virtual ~ThemeExtension() = default;
  // The extension's own migrations; versions from 100 up, so they never
  // collide with ThemeStore's.
  virtual const std::vector<storage::Migration>& Migrations() const = 0;
  // The theme's own gRPC service.
  virtual grpc::Service* Service() = 0;
  // Adds the theme's own data for `period` (a half year) to `section`.
  virtual absl::Status AddToSection(const Period& period, common::v1::ThemeSection& section) = 0;
};

using ThemeExtensionFactory = std::unique_ptr<ThemeExtension> (*)(storage::Database& database);

}  // namespace veilig::theme
