// Area outlines as the contracts carry them (common.v1.AreaBoundary) and as
// the geometry code works with them (geo::MultiPolygon): conversion, the
// text kept in the store, and the checks a written outline must pass.
#pragma once

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "common/geo/geometry.h"
#include "veilig/common/v1/area.pb.h"

namespace veilig::theme {

geo::MultiPolygon ShapeOf(const common::v1::AreaBoundary& boundary);
void SetShape(const geo::MultiPolygon& shape, common::v1::AreaBoundary& boundary);

// The shape as kept in a store's text column: GeoJSON MultiPolygon
// coordinates, in RD metres.
std::string EncodeShape(const geo::MultiPolygon& shape);
absl::StatusOr<geo::MultiPolygon> DecodeShape(const std::string& text);

// The years whose division may stand in for `year`'s outlines, nearest
// first: the year itself, then up to three years earlier, then up to three
// later (CBS publishes a year's division during that year).
std::vector<int> OutlineYearsNearest(int year);

// `boundaries[i]`: a known kind of code, a year, rings of at least four
// closed, finite points inside RD New's area, and not more points than a map
// can use (outlines are simplified before they are sent).
absl::Status ValidateBoundary(const common::v1::AreaBoundary& boundary, int i);

}  // namespace veilig::theme
