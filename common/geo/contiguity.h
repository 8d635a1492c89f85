// Which areas are neighbours by their outlines: queen contiguity, where
// touching in a single point is enough. Outlines simplified one by one no
// longer share their points exactly (each may move up to the simplification
// tolerance), so two outlines count as touching when they come within
// `tolerance` metres of each other.
#pragma once

#include <vector>

#include "common/geo/geometry.h"

namespace veilig::geo {

// For each shape, the indexes of the shapes it touches (not itself), in
// ascending order. Symmetric: i lists j exactly when j lists i.
std::vector<std::vector<int>> QueenContiguity(const std::vector<MultiPolygon>& shapes,
                                              double tolerance);

}  // namespace veilig::geo
