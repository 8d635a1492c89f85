#include "common/geo/boundary_file.h"

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>

#include "common/domain/strings.h"
#include "common/geo/rd_new.h"

namespace veilig::geo {
namespace {

using Json = nlohmann::json;

absl::Status Bad(const std::string& where, std::string_view problem) {
  return absl::InvalidArgumentError(StrCat(where, ": ", problem));
}

// Turns a file position into RD New, checking that it fits the system.
class Projector {
 public:
  explicit Projector(Crs crs) : crs_(crs) {}

  absl::StatusOr<Point> operator()(double a, double b, const std::string& where) const {
    if (!std::isfinite(a) || !std::isfinite(b)) return Bad(where, "must be finite numbers");
    if (crs_ == Crs::kWgs84) {
      if (a < -180 || a > 180 || b < -90 || b > 90) {
        return Bad(where, StrCat("(", a, ", ", b, ") is not a longitude and latitude; a file in ",
                                 "RD New (as CBS publishes them) needs the system EPSG:28992"));
      }
      return Wgs84ToRd(a, b);
    }
    if (!InRdNewArea(a, b)) {
      return Bad(where, StrCat("(", a, ", ", b, ") lies outside the area of RD New (EPSG:28992): ",
                               "is the file in another coordinate system?"));
    }
    return Point{a, b};
  }

 private:
  Crs crs_;
};

absl::StatusOr<Crs> ChooseCrs(const Json& root, const BoundaryFileOptions& options) {
  std::optional<Crs> stated;
  if (root.contains("crs")) {
    const Json& crs = root["crs"];
    if (!crs.is_object() || !crs.contains("properties") || !crs["properties"].is_object() ||
        !crs["properties"].contains("name") || !crs["properties"]["name"].is_string()) {
      return Bad("crs", "must be {\"type\": \"name\", \"properties\": {\"name\": ...}}");
    }
    auto parsed = ParseCrs(crs["properties"]["name"].get<std::string>());
    if (!parsed.ok()) return Bad("crs.properties.name", View(parsed.status().message()));
    stated = *parsed;
  }
  if (stated && options.crs && *stated != *options.crs) {
    return Bad("crs", "the file states another coordinate system than the one given");
  }
  return stated ? *stated : options.crs.value_or(Crs::kWgs84);
}

// RFC 7946 asks for closed rings; an open one is closed rather than refused.
absl::StatusOr<Ring> Closed(Ring ring, const std::string& where) {
  if (!ring.empty() && !(ring.front() == ring.back())) ring.push_back(ring.front());
  if (ring.size() < 4) return Bad(where, "a ring needs at least three distinct positions");
  return ring;
}

absl::StatusOr<Ring> ReadRing(const Json& positions, const Projector& project,
                              const std::string& where) {
  if (!positions.is_array()) return Bad(where, "must be an array of positions");
  Ring ring;
  for (size_t i = 0; i < positions.size(); ++i) {
    const Json& p = positions[i];
    const std::string at = StrCat(where, "[", i, "]");
    if (!p.is_array() || p.size() < 2 || !p[0].is_number() || !p[1].is_number()) {
      return Bad(at, "must be a position [x, y]");
    }
    auto point = project(p[0].get<double>(), p[1].get<double>(), at);
    if (!point.ok()) return point.status();
    ring.push_back(*point);
  }
  return Closed(std::move(ring), where);
}

absl::StatusOr<Polygon> ReadPolygon(const Json& rings, const Projector& project,
                                    const std::string& where) {
  if (!rings.is_array() || rings.empty()) return Bad(where, "must be a non-empty array of rings");
  Polygon polygon;
  for (size_t r = 0; r < rings.size(); ++r) {
    auto ring = ReadRing(rings[r], project, StrCat(where, "[", r, "]"));
    if (!ring.ok()) return ring.status();
    polygon.rings.push_back(std::move(*ring));
  }
  return polygon;
}

absl::StatusOr<MultiPolygon> ReadGeometry(const Json& geometry, const Projector& project,
                                          const std::string& where) {
  if (!geometry.is_object() || !geometry.contains("type") || !geometry["type"].is_string()) {
    return Bad(where, "must be a geometry with a type");
  }
  const std::string type = geometry["type"].get<std::string>();
  if (!geometry.contains("coordinates")) return Bad(where + ".coordinates", "is required");
  const Json& coordinates = geometry["coordinates"];
  const std::string at = where + ".coordinates";
  if (type == "Polygon") {
    auto polygon = ReadPolygon(coordinates, project, at);
    if (!polygon.ok()) return polygon.status();
    return MultiPolygon{std::move(*polygon)};
  }
  if (type == "MultiPolygon") {
    if (!coordinates.is_array() || coordinates.empty()) {
      return Bad(at, "must be a non-empty array of polygons");
    }
    MultiPolygon shape;
    for (size_t i = 0; i < coordinates.size(); ++i) {
      auto polygon = ReadPolygon(coordinates[i], project, StrCat(at, "[", i, "]"));
      if (!polygon.ok()) return polygon.status();
      shape.push_back(std::move(*polygon));
    }
    return shape;
  }
  return Bad(where + ".type",
             StrCat("is ", type, "; an area's boundary is a Polygon or ", "MultiPolygon"));
}

std::string TextOr(const Json& object, const char* key, const std::string& fallback = "") {
  if (object.is_object() && object.contains(key)) {
    const Json& v = object[key];
    if (v.is_string()) return v.get<std::string>();
  }
  return fallback;
}

absl::StatusOr<BoundaryFeature> Describe(const Json& properties, const Json& id,
                                         const std::string& where, MultiPolygon shape) {
  BoundaryFeature feature;
  feature.code = TextOr(properties, "statcode", id.is_string() ? id.get<std::string>() : "");
  if (feature.code.empty()) {
    return Bad(where + ".properties.statcode", "is required (the CBS code of the area)");
  }
  feature.name = TextOr(properties, "statnaam");
  if (feature.name.empty()) {
    return Bad(where + ".properties.statnaam", "is required (the name of the area)");
  }
  feature.municipality = TextOr(properties, "gmCode");
  const std::string year_and_code = TextOr(properties, "jrstatcode");
  if (year_and_code.size() > 4 && std::all_of(year_and_code.begin(), year_and_code.begin() + 4,
                                              [](char c) { return c >= '0' && c <= '9'; })) {
    feature.year = std::stoi(year_and_code.substr(0, 4));
  }
  feature.shape = std::move(shape);
  return feature;
}

absl::StatusOr<std::vector<BoundaryFeature>> ReadGeoJson(const Json& root,
                                                         const Projector& project) {
  if (root["type"] == "Feature") {
    Json collection = {{"type", "FeatureCollection"}, {"features", Json::array({root})}};
    return ReadGeoJson(collection, project);
  }
  if (!root.contains("features") || !root["features"].is_array()) {
    return Bad("features", "must be an array of features");
  }
  std::vector<BoundaryFeature> features;
  const Json& all = root["features"];
  for (size_t i = 0; i < all.size(); ++i) {
    const Json& f = all[i];
    const std::string where = StrCat("features[", i, "]");
    if (!f.is_object() || !f.contains("geometry")) return Bad(where + ".geometry", "is required");
    auto shape = ReadGeometry(f["geometry"], project, where + ".geometry");
    if (!shape.ok()) return shape.status();
    auto feature = Describe(f.value("properties", Json::object()), f.value("id", Json()), where,
                            std::move(*shape));
    if (!feature.ok()) return feature.status();
    features.push_back(std::move(*feature));
  }
  return features;
}

// TopoJSON: rings are lists of arcs shared between neighbours; an arc's
// positions are quantised and delta-encoded when the topology has a
// transform; ~i (that is, -i-1) names arc i reversed.
class Topology {
 public:
  static absl::StatusOr<Topology> Read(const Json& root, const Projector& project) {
    Topology topology;
    double sx = 1, sy = 1, tx = 0, ty = 0;
    const bool quantised = root.contains("transform");
    if (quantised) {
      const Json& t = root["transform"];
      if (!t.is_object() || !t.contains("scale") || !t.contains("translate") ||
          !t["scale"].is_array() || t["scale"].size() != 2 || !t["translate"].is_array() ||
          t["translate"].size() != 2) {
        return Bad("transform", "must have scale [sx, sy] and translate [tx, ty]");
      }
      sx = t["scale"][0].get<double>();
      sy = t["scale"][1].get<double>();
      tx = t["translate"][0].get<double>();
      ty = t["translate"][1].get<double>();
    }
    if (!root.contains("arcs") || !root["arcs"].is_array()) {
      return Bad("arcs", "must be an array of arcs");
    }
    const Json& arcs = root["arcs"];
    for (size_t a = 0; a < arcs.size(); ++a) {
      const std::string where = StrCat("arcs[", a, "]");
      if (!arcs[a].is_array()) return Bad(where, "must be an array of positions");
      std::vector<Point> arc;
      double x = 0, y = 0;
      for (size_t i = 0; i < arcs[a].size(); ++i) {
        const Json& p = arcs[a][i];
        const std::string at = StrCat(where, "[", i, "]");
        if (!p.is_array() || p.size() < 2 || !p[0].is_number() || !p[1].is_number()) {
          return Bad(at, "must be a position [x, y]");
        }
        if (quantised) {
          x += p[0].get<double>();
          y += p[1].get<double>();
        } else {
          x = p[0].get<double>();
          y = p[1].get<double>();
        }
        auto point = project(quantised ? x * sx + tx : x, quantised ? y * sy + ty : y, at);
        if (!point.ok()) return point.status();
        arc.push_back(*point);
      }
      topology.arcs_.push_back(std::move(arc));
    }
    return topology;
  }

  absl::StatusOr<Ring> RingOf(const Json& indices, const std::string& where) const {
    if (!indices.is_array() || indices.empty())
      return Bad(where, "must be an array of arc indices");
    Ring ring;
    for (size_t i = 0; i < indices.size(); ++i) {
      if (!indices[i].is_number_integer())
        return Bad(StrCat(where, "[", i, "]"), "must be an integer");
      const long index = indices[i].get<long>();
      const bool reversed = index < 0;
      const size_t arc = static_cast<size_t>(reversed ? ~index : index);
      if (arc >= arcs_.size()) {
        return Bad(StrCat(where, "[", i, "]"), StrCat("arc ", arc, " does not exist"));
      }
      std::vector<Point> points = arcs_[arc];
      if (reversed) std::reverse(points.begin(), points.end());
      // Consecutive arcs share their meeting point.
      ring.insert(ring.end(), points.begin() + (ring.empty() ? 0 : 1), points.end());
    }
    return Closed(std::move(ring), where);
  }

  absl::StatusOr<Polygon> PolygonOf(const Json& rings, const std::string& where) const {
    if (!rings.is_array() || rings.empty()) return Bad(where, "must be a non-empty array of rings");
    Polygon polygon;
    for (size_t r = 0; r < rings.size(); ++r) {
      auto ring = RingOf(rings[r], StrCat(where, "[", r, "]"));
      if (!ring.ok()) return ring.status();
      polygon.rings.push_back(std::move(*ring));
    }
    return polygon;
  }

 private:
  std::vector<std::vector<Point>> arcs_;
};

absl::StatusOr<std::vector<BoundaryFeature>> ReadTopoJson(const Json& root,
                                                          const Projector& project) {
  auto topology = Topology::Read(root, project);
  if (!topology.ok()) return topology.status();
  if (!root.contains("objects") || !root["objects"].is_object()) {
    return Bad("objects", "must be an object of named geometry collections");
  }
  std::vector<BoundaryFeature> features;
  for (const auto& [name, object] : root["objects"].items()) {
    const std::string base = "objects." + name;
    const Json geometries = object.value("type", "") == "GeometryCollection"
                                ? object.value("geometries", Json::array())
                                : Json::array({object});
    for (size_t g = 0; g < geometries.size(); ++g) {
      const Json& geometry = geometries[g];
      const std::string where = object.value("type", "") == "GeometryCollection"
                                    ? StrCat(base, ".geometries[", g, "]")
                                    : base;
      const std::string type = geometry.value("type", "");
      MultiPolygon shape;
      if (type == "Polygon") {
        auto polygon = topology->PolygonOf(geometry.value("arcs", Json()), where + ".arcs");
        if (!polygon.ok()) return polygon.status();
        shape.push_back(std::move(*polygon));
      } else if (type == "MultiPolygon") {
        const Json polygons = geometry.value("arcs", Json());
        if (!polygons.is_array() || polygons.empty()) {
          return Bad(where + ".arcs", "must be a non-empty array of polygons");
        }
        for (size_t p = 0; p < polygons.size(); ++p) {
          auto polygon = topology->PolygonOf(polygons[p], StrCat(where, ".arcs[", p, "]"));
          if (!polygon.ok()) return polygon.status();
          shape.push_back(std::move(*polygon));
        }
      } else {
        return Bad(where + ".type",
                   StrCat("is '", type, "'; an area's boundary is a Polygon or ", "MultiPolygon"));
      }
      auto feature = Describe(geometry.value("properties", Json::object()),
                              geometry.value("id", Json()), where, std::move(shape));
      if (!feature.ok()) return feature.status();
      features.push_back(std::move(*feature));
    }
  }
  return features;
}

}  // namespace

absl::StatusOr<Crs> ParseCrs(std::string_view name) {
  if (name == "EPSG:28992" || name == "urn:ogc:def:crs:EPSG::28992") return Crs::kRdNew;
  if (name == "EPSG:4326" || name == "urn:ogc:def:crs:EPSG::4326" || name == "CRS84" ||
      name == "urn:ogc:def:crs:OGC:1.3:CRS84" || name == "urn:ogc:def:crs:OGC::CRS84") {
    return Crs::kWgs84;
  }
  return absl::InvalidArgumentError(
      StrCat("'", name, "' is not a coordinate system Veilig reads: EPSG:28992 (RD New) or ",
             "EPSG:4326 (WGS84)"));
}

absl::StatusOr<std::vector<BoundaryFeature>> ReadBoundaryFile(std::string_view text,
                                                              const BoundaryFileOptions& options) {
  Json root;
  try {
    root = Json::parse(text);
  } catch (const Json::parse_error& error) {
    return absl::InvalidArgumentError(
        StrCat("the file is not valid JSON (at byte ", error.byte, ")"));
  }
  if (!root.is_object() || !root.contains("type") || !root["type"].is_string()) {
    return Bad("type", "must be FeatureCollection, Feature or Topology");
  }
  auto crs = ChooseCrs(root, options);
  if (!crs.ok()) return crs.status();
  const Projector project(*crs);
  const std::string type = root["type"].get<std::string>();
  if (type == "FeatureCollection" || type == "Feature") return ReadGeoJson(root, project);
  if (type == "Topology") return ReadTopoJson(root, project);
  return Bad("type", StrCat("is '", type, "'; expected FeatureCollection, Feature or Topology"));
}

}  // namespace veilig::geo
