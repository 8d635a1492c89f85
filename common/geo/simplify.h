// Fewer points for drawing: Douglas–Peucker per ring, dropping every point
// that lies within `tolerance` metres of the line its neighbours keep. A map
// of a municipality drawn 800 px wide shows nothing finer than its width
// divided by 800; CBS's generalised boundaries are already coarse, the
// detailed ones carry a hundred times more points than a screen can show.
#pragma once

#include "common/geo/geometry.h"

namespace veilig::geo {

// Rings keep their first and last point and at least four points (a closed
// triangle); a hole smaller than `tolerance` in both directions is dropped.
MultiPolygon Simplify(const MultiPolygon& shape, double tolerance);

}  // namespace veilig::geo
