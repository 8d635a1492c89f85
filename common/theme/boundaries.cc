#include "common/theme/boundaries.h"

#include <cmath>
#include <nlohmann/json.hpp>

#include "common/domain/codes.h"
#include "common/domain/field_error.h"
#include "common/domain/strings.h"
#include "common/geo/rd_new.h"

namespace veilig::theme {
namespace {

namespace cv1 = common::v1;
using Json = nlohmann::json;

// How far from the asked year an outline may be drawn from.
constexpr int kOutlineYearsAround = 3;

// A simplified outline of the largest municipality needs a few thousand.
constexpr int kMaxPointsPerBoundary = 20000;

std::string At(int i, int p, int r) {
  return StrCat("boundaries[", i, "].polygons[", p, "].rings[", r, "].coordinates");
}

}  // namespace

geo::MultiPolygon ShapeOf(const cv1::AreaBoundary& boundary) {
  geo::MultiPolygon shape;
  for (const auto& polygon : boundary.polygons()) {
    geo::Polygon& out = shape.emplace_back();
    for (const auto& ring : polygon.rings()) {
      geo::Ring& points = out.rings.emplace_back();
      for (int c = 0; c + 1 < ring.coordinates_size(); c += 2) {
        points.push_back({ring.coordinates(c), ring.coordinates(c + 1)});
      }
    }
  }
  return shape;
}

void SetShape(const geo::MultiPolygon& shape, cv1::AreaBoundary& boundary) {
  boundary.clear_polygons();
  for (const auto& polygon : shape) {
    cv1::BoundaryPolygon* out = boundary.add_polygons();
    for (const auto& ring : polygon.rings) {
      cv1::BoundaryRing* points = out->add_rings();
      for (const auto& p : ring) {
        points->add_coordinates(p.x);
        points->add_coordinates(p.y);
      }
    }
  }
}

std::string EncodeShape(const geo::MultiPolygon& shape) {
  Json polygons = Json::array();
  for (const auto& polygon : shape) {
    Json rings = Json::array();
    for (const auto& ring : polygon.rings) {
      Json points = Json::array();
      for (const auto& p : ring) points.push_back({p.x, p.y});
      rings.push_back(std::move(points));
    }
    polygons.push_back(std::move(rings));
  }
  return polygons.dump();
}

absl::StatusOr<geo::MultiPolygon> DecodeShape(const std::string& text) {
  const Json polygons = Json::parse(text, nullptr, /*allow_exceptions=*/false);
  const auto corrupt = [] { return absl::DataLossError("a stored outline cannot be read"); };
  if (!polygons.is_array()) return corrupt();
  geo::MultiPolygon shape;
  for (const auto& rings : polygons) {
    if (!rings.is_array()) return corrupt();
    geo::Polygon& polygon = shape.emplace_back();
    for (const auto& points : rings) {
      if (!points.is_array()) return corrupt();
      geo::Ring& ring = polygon.rings.emplace_back();
      for (const auto& p : points) {
        if (!p.is_array() || p.size() != 2 || !p[0].is_number() || !p[1].is_number()) {
          return corrupt();
        }
        ring.push_back({p[0].get<double>(), p[1].get<double>()});
      }
    }
  }
  return shape;
}

absl::Status ValidateBoundary(const cv1::AreaBoundary& boundary, int i) {
  if (!IsAreaCode(boundary.area())) {
    return FieldError(StrCat("boundaries[", i, "].area"), "is required and must be an area code");
  }
  if (boundary.year() < 1900 || boundary.year() > 2100) {
    return FieldError(StrCat("boundaries[", i, "].year"),
                      "is required: the year of the division, e.g. 2019");
  }
  if (boundary.polygons().empty()) {
    return FieldError(StrCat("boundaries[", i, "].polygons"), "needs at least one polygon");
  }
  if (boundary.attribution().size() > 200 ||
      boundary.attribution().find('\n') != std::string::npos) {
    return FieldError(StrCat("boundaries[", i, "].attribution"),
                      "must be one line of at most 200 characters");
  }
  int points = 0;
  for (int p = 0; p < boundary.polygons_size(); ++p) {
    const auto& polygon = boundary.polygons(p);
    if (polygon.rings().empty()) {
      return FieldError(StrCat("boundaries[", i, "].polygons[", p, "].rings"),
                        "needs at least the outline");
    }
    for (int r = 0; r < polygon.rings_size(); ++r) {
      const auto& c = polygon.rings(r).coordinates();
      if (c.size() % 2 != 0 || c.size() < 8) {
        return FieldError(At(i, p, r), "must be x, y pairs of at least four points");
      }
      for (int k = 0; k < c.size(); k += 2) {
        if (!std::isfinite(c[k]) || !std::isfinite(c[k + 1]) || !geo::InRdNewArea(c[k], c[k + 1])) {
          return FieldError(At(i, p, r), StrCat("point ", k / 2, " (", c[k], ", ", c[k + 1],
                                                ") is not in RD New (EPSG:28992) metres"));
        }
      }
      if (c[0] != c[c.size() - 2] || c[1] != c[c.size() - 1]) {
        return FieldError(At(i, p, r), "must be closed: the last point repeats the first");
      }
      points += c.size() / 2;
    }
  }
  if (points > kMaxPointsPerBoundary) {
    return FieldError(StrCat("boundaries[", i, "].polygons"),
                      StrCat("has ", points, " points, more than ", kMaxPointsPerBoundary,
                             "; simplify the outline first (veiligctl import does)"));
  }
  return absl::OkStatus();
}

std::vector<int> OutlineYearsNearest(int year) {
  std::vector<int> years = {year};
  for (int step = 1; step <= kOutlineYearsAround; ++step) years.push_back(year - step);
  for (int step = 1; step <= kOutlineYearsAround; ++step) years.push_back(year + step);
  return years;
}

}  // namespace veilig::theme
