// Puts the four theme sections together into the progress report, in plan
// order. Pure: the fan-out's results in, the report out.
#pragma once

#include <grpcpp/support/status.h>

#include <string>
#include <vector>

#include "veilig/report/v1/report_service.pb.h"

namespace veilig::gateway {

struct BackendResult {
  // "veilige-wijken", ...
  std::string service;
  grpc::Status status;
  common::v1::ThemeSection section;
  // The section's tag (conditional_section.h); empty from a service that sends none.
  std::string etag;
  // The service left `section` out: it is the one the caller said it holds.
  bool unchanged = false;
};

// `results` in any order. A backend that failed (other than NOT_FOUND, which
// means it simply has no data for the municipality) is listed in
// `unreachable` and its section is present with only its theme and title.
report::v1::ProgressReport AssembleReport(const std::string& municipality,
                                          const std::string& period,
                                          const std::vector<BackendResult>& results);

// True when no backend knows the municipality (all that answered said NOT_FOUND).
bool NoBackendKnowsMunicipality(const std::vector<BackendResult>& results);

}  // namespace veilig::gateway
