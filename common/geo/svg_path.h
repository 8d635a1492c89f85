// Area boundaries as SVG path data: RD metres fitted into a drawing of a
// given width (height follows the shape's proportions), y flipped because
// SVG's y runs down. One path per area, rings as subpaths; draw with
// fill-rule="evenodd" so holes stay open.
#pragma once

#include <string>

#include "common/geo/geometry.h"

namespace veilig::geo {

class SvgProjection {
 public:
  // Fits `bounds` into `width` pixels minus `margin` on each side.
  SvgProjection(const Bounds& bounds, double width, double margin);

  double width() const { return width_; }
  double height() const { return height_; }
  Point Project(const Point& rd) const;
  // Metres per pixel: the tolerance at which simplifying shows no change.
  double MetresPerPixel() const { return 1 / scale_; }

 private:
  Bounds bounds_;
  double margin_;
  double scale_;
  double width_;
  double height_;
};

// "M12.3 45.6L...Z M...Z", one decimal.
std::string SvgPath(const MultiPolygon& shape, const SvgProjection& projection);

}  // namespace veilig::geo
