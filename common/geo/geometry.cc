#include "common/geo/geometry.h"

#include <algorithm>
#include <cmath>

namespace veilig::geo {
namespace {

// Twice the signed area of a closed ring (shoelace): positive when it runs
// counter-clockwise.
double TwiceSignedArea(const Ring& ring) {
  double sum = 0;
  for (size_t i = 0; i + 1 < ring.size(); ++i) {
    sum += ring[i].x * ring[i + 1].y - ring[i + 1].x * ring[i].y;
  }
  return sum;
}

}  // namespace

void Bounds::Extend(const Point& p) {
  if (empty) {
    min_x = max_x = p.x;
    min_y = max_y = p.y;
    empty = false;
    return;
  }
  min_x = std::min(min_x, p.x);
  min_y = std::min(min_y, p.y);
  max_x = std::max(max_x, p.x);
  max_y = std::max(max_y, p.y);
}

void Bounds::Extend(const Bounds& other) {
  if (other.empty) return;
  Extend(Point{other.min_x, other.min_y});
  Extend(Point{other.max_x, other.max_y});
}

Bounds BoundsOf(const MultiPolygon& shape) {
  Bounds bounds;
  for (const auto& polygon : shape) {
    for (const auto& ring : polygon.rings) {
      for (const auto& p : ring) bounds.Extend(p);
    }
  }
  return bounds;
}

double PlanarArea(const MultiPolygon& shape) {
  double area = 0;
  for (const auto& polygon : shape) {
    for (size_t r = 0; r < polygon.rings.size(); ++r) {
      const double a = std::abs(TwiceSignedArea(polygon.rings[r])) / 2;
      area += r == 0 ? a : -a;
    }
  }
  return area;
}

Point Centroid(const MultiPolygon& shape) {
  double cx = 0;
  double cy = 0;
  double total = 0;
  for (const auto& polygon : shape) {
    if (polygon.rings.empty()) continue;
    const Ring& ring = polygon.rings.front();
    const double twice = TwiceSignedArea(ring);
    if (twice == 0) continue;
    double x = 0;
    double y = 0;
    for (size_t i = 0; i + 1 < ring.size(); ++i) {
      const double cross = ring[i].x * ring[i + 1].y - ring[i + 1].x * ring[i].y;
      x += (ring[i].x + ring[i + 1].x) * cross;
      y += (ring[i].y + ring[i + 1].y) * cross;
    }
    // Each outline's centroid is (x, y) / (3 × twice); weighted by its area
    // (twice / 2), the factors meet in one sum. The sign of a clockwise ring
    // cancels in its centroid but not in the weights, so it goes first.
    const double sign = twice < 0 ? -1 : 1;
    cx += sign * x / 3;
    cy += sign * y / 3;
    total += sign * twice;
  }
  if (total == 0) {
    const Bounds b = BoundsOf(shape);
    return {(b.min_x + b.max_x) / 2, (b.min_y + b.max_y) / 2};
  }
  return {cx / total, cy / total};
}

size_t PointCount(const MultiPolygon& shape) {
  size_t n = 0;
  for (const auto& polygon : shape) {
    for (const auto& ring : polygon.rings) n += ring.size();
  }
  return n;
}

}  // namespace veilig::geo
