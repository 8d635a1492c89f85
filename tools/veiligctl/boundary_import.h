// veiligctl import FILE.geojson|FILE.topojson: a boundary file's wijken,
// buurten and outlines, sent to every theme service (they are shared figures
// each service keeps beside its own), checked by all before any writes.
#pragma once

#include <string>

#include "common/import/boundary_request.h"
#include "tools/veiligctl/call_options.h"

namespace veilig::ctl {

struct BoundaryImportOptions {
  // "EPSG:28992" or "EPSG:4326", for a file that does not state it.
  std::string crs;
  import::BoundaryRequestOptions request;
};

// Returns the process exit code.
int ImportBoundaryFile(const std::string& path, const BoundaryImportOptions& options,
                       const CallOptions& call);

}  // namespace veilig::ctl
