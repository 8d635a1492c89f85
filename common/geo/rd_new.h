// WGS84 longitude/latitude to and from RD New (EPSG:28992), with the
// approximation formulas of Schreutelkamp and Strang van Hees ("Benaderings-
// formules voor de transformatie tussen RD- en WGS84-kaartcoördinaten",
// 2001): within the Netherlands better than a metre, which is far finer than
// a boundary drawn on a screen. Boundaries published in WGS84 (RFC 7946
// GeoJSON) are stored in RD like the CBS's own.
#pragma once

#include "common/geo/geometry.h"

namespace veilig::geo {

// `longitude` and `latitude` in decimal degrees.
Point Wgs84ToRd(double longitude, double latitude);

// Whether (x, y) lies where RD New is defined (the Netherlands and its
// surroundings); a coordinate outside was written in another system.
bool InRdNewArea(double x, double y);

struct LonLat {
  double longitude = 0;
  double latitude = 0;
};
LonLat RdToWgs84(const Point& rd);

}  // namespace veilig::geo
