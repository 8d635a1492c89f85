// Boundary files as CBS and PDOK distribute them: GeoJSON in RD New
// (EPSG:28992) or in WGS84 (RFC 7946), and TopoJSON. Each feature is one
// area: its code from `statcode` (else the feature's `id`), its name from
// `statnaam`, its municipality from `gmCode`. Shapes come back in RD New.
// Errors name the place in the file: "features[3].properties.statcode: ...".
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "common/geo/geometry.h"

namespace veilig::geo {

enum class Crs { kRdNew, kWgs84 };

// "EPSG:28992", "urn:ogc:def:crs:EPSG::28992", "EPSG:4326", "CRS84",
// "urn:ogc:def:crs:OGC:1.3:CRS84"; else INVALID_ARGUMENT.
absl::StatusOr<Crs> ParseCrs(std::string_view name);

struct BoundaryFeature {
  std::string code;
  std::string name;
  // "GM0034"; empty when the file does not say.
  std::string municipality;
  // The division year, from `jrstatcode` ("2019WK003401"); 0 when absent.
  int year = 0;
  MultiPolygon shape;
};

struct BoundaryFileOptions {
  // The coordinate system, for a file that does not state it (CBS's own
  // GeoJSON and TopoJSON files do not). A file that states another one is
  // refused. Unset and unstated: WGS84, as RFC 7946 says.
  std::optional<Crs> crs;
};

absl::StatusOr<std::vector<BoundaryFeature>> ReadBoundaryFile(
    std::string_view text, const BoundaryFileOptions& options = {});

}  // namespace veilig::geo
