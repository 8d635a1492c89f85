// An import is a list of steps, one per request to one service. Every step
// is first sent with validate_only, so that a bad row anywhere imports
// nothing anywhere; then all are sent for real.
#pragma once

#include <grpcpp/grpcpp.h>

#include <functional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "common/import/source_map.h"
#include "tools/veiligctl/call_options.h"
#include "veilig/theme/v1/theme_service.pb.h"

namespace veilig::ctl {

struct ImportStep {
  // The service the request goes to: "veilige-wijken", ...
  std::string service;
  // Sends the request; on success returns a short summary ("26 incidents").
  std::function<absl::StatusOr<std::string>(bool validate_only)> send;
  // Turns a server error about an item into "file line N: ...".
  std::function<std::string(std::string_view)> locate;
};

// One UpsertThemeData request to `service`; its errors located by `sources`.
ImportStep ThemeDataStep(const std::string& service, theme::v1::UpsertThemeDataRequest request,
                         import::SourceMap sources, const CallOptions& call);

// Sends every step with validate_only, then every step for real, printing
// each service's summary. The error says what was and was not written.
absl::Status RunImportSteps(std::vector<ImportStep>& steps);

// Builds the steps for the CSV files in `directory`, whose records belong to
// `municipality`.
absl::StatusOr<std::vector<ImportStep>> PlanImportSteps(const std::string& directory,
                                                        const std::string& municipality,
                                                        const CallOptions& call);

}  // namespace veilig::ctl
