// Planar geometry of area boundaries, in RD New (EPSG:28992) metres: x east,
// y north. RD is a projected system, so areas, distances and drawing need no
// further projection; only a flip of y to draw (SVG's y runs down).
#pragma once

#include <cstddef>
#include <vector>

namespace veilig::geo {

struct Point {
  double x = 0;
  double y = 0;
  bool operator==(const Point&) const = default;
};

// Closed: the last point repeats the first.
using Ring = std::vector<Point>;

// The first ring is the outline, any further rings are holes.
struct Polygon {
  std::vector<Ring> rings;
};

// An area's boundary: one polygon, or several (islands, exclaves).
using MultiPolygon = std::vector<Polygon>;

struct Bounds {
  double min_x = 0;
  double min_y = 0;
  double max_x = 0;
  double max_y = 0;
  bool empty = true;

  void Extend(const Point& p);
  void Extend(const Bounds& other);
  double width() const { return max_x - min_x; }
  double height() const { return max_y - min_y; }
};

Bounds BoundsOf(const MultiPolygon& shape);

// In square metres: outlines count, holes are taken off, whatever the
// direction the rings run in.
double PlanarArea(const MultiPolygon& shape);

// The area-weighted centre of the outlines (holes ignored); for labels and
// distance bands.
Point Centroid(const MultiPolygon& shape);

// How many points the shape holds.
size_t PointCount(const MultiPolygon& shape);

}  // namespace veilig::geo
