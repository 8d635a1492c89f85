#include "common/geo/simplify.h"

#include <algorithm>
#include <cmath>

namespace veilig::geo {
namespace {

double DistanceToSegment(const Point& p, const Point& a, const Point& b) {
  const double dx = b.x - a.x;
  const double dy = b.y - a.y;
  const double length2 = dx * dx + dy * dy;
  if (length2 == 0) return std::hypot(p.x - a.x, p.y - a.y);
  double t = ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2;
  t = t < 0 ? 0 : (t > 1 ? 1 : t);
  return std::hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

// Marks the points of ring[first..last] to keep (iteratively: a ring of
// tens of thousands of points would run a recursion deep).
void MarkKept(const Ring& ring, double tolerance, std::vector<bool>& keep) {
  std::vector<std::pair<size_t, size_t>> spans = {{0, ring.size() - 1}};
  while (!spans.empty()) {
    auto [first, last] = spans.back();
    spans.pop_back();
    double farthest = 0;
    size_t at = first;
    for (size_t i = first + 1; i < last; ++i) {
      const double d = DistanceToSegment(ring[i], ring[first], ring[last]);
      if (d > farthest) {
        farthest = d;
        at = i;
      }
    }
    if (farthest > tolerance) {
      keep[at] = true;
      spans.emplace_back(first, at);
      spans.emplace_back(at, last);
    }
  }
}

Ring SimplifyRing(const Ring& ring, double tolerance) {
  if (ring.size() <= 4) return ring;
  std::vector<bool> keep(ring.size(), false);
  keep.front() = keep.back() = true;
  // A closed ring's ends coincide, so the farthest point from the first one
  // splits it into two open chains, each simplified on its own.
  size_t far = 1;
  double farthest = -1;
  for (size_t i = 1; i + 1 < ring.size(); ++i) {
    const double d = std::hypot(ring[i].x - ring[0].x, ring[i].y - ring[0].y);
    if (d > farthest) {
      farthest = d;
      far = i;
    }
  }
  keep[far] = true;
  Ring head(ring.begin(), ring.begin() + static_cast<long>(far) + 1);
  Ring tail(ring.begin() + static_cast<long>(far), ring.end());
  std::vector<bool> keep_head(head.size(), false);
  std::vector<bool> keep_tail(tail.size(), false);
  MarkKept(head, tolerance, keep_head);
  MarkKept(tail, tolerance, keep_tail);
  for (size_t i = 0; i < head.size(); ++i) keep[i] = keep[i] || keep_head[i];
  for (size_t i = 0; i < tail.size(); ++i) keep[far + i] = keep[far + i] || keep_tail[i];
  if (std::count(keep.begin(), keep.end(), true) < 4) {
    // A ring stays a triangle at least: the point farthest from the chord
    // between the two kept ones joins them.
    size_t widest = 1;
    double widest_distance = -1;
    for (size_t i = 1; i + 1 < ring.size(); ++i) {
      if (keep[i]) continue;
      const double d = DistanceToSegment(ring[i], ring[0], ring[far]);
      if (d > widest_distance) {
        widest_distance = d;
        widest = i;
      }
    }
    keep[widest] = true;
  }
  Ring kept;
  for (size_t i = 0; i < ring.size(); ++i) {
    if (keep[i]) kept.push_back(ring[i]);
  }
  return kept;
}

}  // namespace

MultiPolygon Simplify(const MultiPolygon& shape, double tolerance) {
  MultiPolygon simplified;
  for (const auto& polygon : shape) {
    Polygon out;
    for (size_t r = 0; r < polygon.rings.size(); ++r) {
      // A hole smaller than the tolerance either way would not show.
      const Bounds hole = BoundsOf({Polygon{{polygon.rings[r]}}});
      if (r > 0 && hole.width() < tolerance && hole.height() < tolerance) continue;
      out.rings.push_back(SimplifyRing(polygon.rings[r], tolerance));
    }
    if (!out.rings.empty()) simplified.push_back(std::move(out));
  }
  return simplified;
}

}  // namespace veilig::geo
