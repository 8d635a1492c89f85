#include "common/geo/svg_path.h"

#include <cmath>
#include <cstdio>

namespace veilig::geo {
namespace {

void Append(std::string& out, double v) {
  char buffer[32];
  const double rounded = std::round(v * 10) / 10;
  std::snprintf(buffer, sizeof buffer, "%.1f", rounded == 0 ? 0.0 : rounded);
  std::string text = buffer;
  // "12.0" reads as "12": shorter paths, the same drawing.
  if (text.size() > 2 && text.ends_with(".0")) text.resize(text.size() - 2);
  out += text;
}

}  // namespace

SvgProjection::SvgProjection(const Bounds& bounds, double width, double margin)
    : bounds_(bounds), margin_(margin), width_(width) {
  const double span_x = bounds.width() > 0 ? bounds.width() : 1;
  const double span_y = bounds.height() > 0 ? bounds.height() : 1;
  scale_ = (width - 2 * margin) / span_x;
  height_ = span_y * scale_ + 2 * margin;
}

Point SvgProjection::Project(const Point& rd) const {
  return {margin_ + (rd.x - bounds_.min_x) * scale_, margin_ + (bounds_.max_y - rd.y) * scale_};
}

std::string SvgPath(const MultiPolygon& shape, const SvgProjection& projection) {
  std::string path;
  for (const auto& polygon : shape) {
    for (const auto& ring : polygon.rings) {
      if (ring.size() < 2) continue;
      if (!path.empty()) path += ' ';
      // The closing point repeats the first; Z draws that edge.
      for (size_t i = 0; i + 1 < ring.size(); ++i) {
        const Point p = projection.Project(ring[i]);
        path += i == 0 ? 'M' : 'L';
        Append(path, p.x);
        path += ' ';
        Append(path, p.y);
      }
      path += 'Z';
    }
  }
  return path;
}

}  // namespace veilig::geo
