#include "common/geo/contiguity.h"

#include <algorithm>
#include <cmath>

namespace veilig::geo {
namespace {

struct Segment {
  Point a;
  Point b;
};

double SquaredDistanceToSegment(const Point& p, const Segment& s) {
  const double dx = s.b.x - s.a.x;
  const double dy = s.b.y - s.a.y;
  const double length2 = dx * dx + dy * dy;
  double t = 0;
  if (length2 > 0) t = std::clamp(((p.x - s.a.x) * dx + (p.y - s.a.y) * dy) / length2, 0.0, 1.0);
  const double ex = s.a.x + t * dx - p.x;
  const double ey = s.a.y + t * dy - p.y;
  return ex * ex + ey * ey;
}

bool Within(const Point& p, const Bounds& b, double margin) {
  return p.x >= b.min_x - margin && p.x <= b.max_x + margin && p.y >= b.min_y - margin &&
         p.y <= b.max_y + margin;
}

bool Overlap(const Bounds& a, const Bounds& b, double margin) {
  return !a.empty && !b.empty && a.min_x <= b.max_x + margin && b.min_x <= a.max_x + margin &&
         a.min_y <= b.max_y + margin && b.min_y <= a.max_y + margin;
}

struct Outline {
  Bounds bounds;
  std::vector<Point> points;
  std::vector<Segment> segments;
};

Outline OutlineOf(const MultiPolygon& shape) {
  Outline outline;
  outline.bounds = BoundsOf(shape);
  for (const auto& polygon : shape) {
    for (const auto& ring : polygon.rings) {
      for (size_t i = 0; i < ring.size(); ++i) {
        outline.points.push_back(ring[i]);
        if (i + 1 < ring.size()) outline.segments.push_back({ring[i], ring[i + 1]});
      }
    }
  }
  return outline;
}

// Some point of `from` (near `to`'s box) lies within `tolerance` of one of
// `to`'s segments.
bool Reaches(const Outline& from, const Outline& to, double tolerance) {
  const double tolerance2 = tolerance * tolerance;
  for (const auto& p : from.points) {
    if (!Within(p, to.bounds, tolerance)) continue;
    for (const auto& s : to.segments) {
      if (SquaredDistanceToSegment(p, s) <= tolerance2) return true;
    }
  }
  return false;
}

}  // namespace

std::vector<std::vector<int>> QueenContiguity(const std::vector<MultiPolygon>& shapes,
                                              double tolerance) {
  std::vector<Outline> outlines;
  outlines.reserve(shapes.size());
  for (const auto& shape : shapes) outlines.push_back(OutlineOf(shape));
  std::vector<std::vector<int>> neighbours(shapes.size());
  for (size_t i = 0; i < outlines.size(); ++i) {
    for (size_t j = i + 1; j < outlines.size(); ++j) {
      if (!Overlap(outlines[i].bounds, outlines[j].bounds, tolerance)) continue;
      // A point of one shape near the other's edge: either way round, since
      // a corner touching the middle of an edge shows only from one side.
      if (Reaches(outlines[i], outlines[j], tolerance) ||
          Reaches(outlines[j], outlines[i], tolerance)) {
        neighbours[i].push_back(static_cast<int>(j));
        neighbours[j].push_back(static_cast<int>(i));
      }
    }
  }
  for (auto& list : neighbours) std::sort(list.begin(), list.end());
  return neighbours;
}

}  // namespace veilig::geo
