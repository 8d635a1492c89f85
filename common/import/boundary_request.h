// A boundary file (common/geo/boundary_file.h) as a request to the theme
// services: each wijk and buurt as an area with its parent (derived from its
// CBS code) and division year, and each feature's outline simplified for
// drawing. A municipality's own outline is sent without its area, which the
// plan's import owns (its comparison groups would otherwise be replaced).
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "common/geo/boundary_file.h"
#include "veilig/theme/v1/theme_service.pb.h"

namespace veilig::import {

struct BoundaryRequestOptions {
  // The division year when the file does not say (jrstatcode); 0: required
  // from the file.
  int year = 0;
  // Points within this many metres of the line are dropped.
  double simplify_metres = 5;
  // Printed under every map; empty: "Kadaster / CBS, <year>".
  std::string attribution;
};

absl::StatusOr<theme::v1::UpsertThemeDataRequest> BoundaryRequest(
    const std::vector<geo::BoundaryFeature>& features, const BoundaryRequestOptions& options);

// By extension: .geojson or .topojson.
bool IsBoundaryFile(const std::filesystem::path& path);

// A boundary file read and turned into its request; `crs` for a file that
// does not state its own. Errors name the file.
absl::StatusOr<theme::v1::UpsertThemeDataRequest> ReadBoundaryRequest(
    const std::filesystem::path& path, std::optional<geo::Crs> crs,
    const BoundaryRequestOptions& options);

// The boundary files of an import directory in name order, each read as
// ReadBoundaryRequest does with the files' own years and coordinate systems.
absl::StatusOr<std::vector<std::pair<std::string, theme::v1::UpsertThemeDataRequest>>>
ReadDirectoryBoundaries(const std::filesystem::path& directory);

}  // namespace veilig::import
