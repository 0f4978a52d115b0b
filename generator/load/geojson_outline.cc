#include "load/geojson_outline.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "core/error.h"

namespace qala {
namespace {

using nlohmann::json;

/// Line and column (1-based, in bytes) of byte `offset` of `text`.
SourceLocation location_of(const std::string& text, size_t offset, const std::string& file) {
  SourceLocation where{file, 1, 1};
  for (size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++where.line;
      where.column = 1;
    } else {
      ++where.column;
    }
  }
  return where;
}

/// Where `"key"` first appears, for errors about a part of the document (nlohmann keeps no
/// positions of values); the start of the file when it does not appear.
SourceLocation location_of_key(const std::string& text, const std::string& key,
                               const std::string& file) {
  size_t at = text.find("\"" + key + "\"");
  return location_of(text, at == std::string::npos ? 0 : at, file);
}

std::vector<GeoPoint> read_ring(const json& ring, const std::string& text,
                                const std::string& file) {
  auto fail = [&](const std::string& what) -> std::vector<GeoPoint> {
    throw InputError(location_of_key(text, "coordinates", file),
                     "expected " + what + " in a polygon ring of 'coordinates'");
  };
  if (!ring.is_array()) return fail("an array of [longitude, latitude] positions");
  std::vector<GeoPoint> points;
  for (const auto& position : ring) {
    if (!position.is_array() || position.size() < 2 || !position[0].is_number() ||
        !position[1].is_number())
      return fail("[longitude, latitude] numbers");
    GeoPoint p{position[0].get<double>(), position[1].get<double>()};
    if (p.lon < -180 || p.lon > 180 || p.lat < -90 || p.lat > 90)
      return fail("a longitude within [-180, 180] and a latitude within [-90, 90]");
    points.push_back(p);
  }
  if (points.size() < 3) return fail("at least three positions");
  return points;
}

void read_geometry(const json& geometry, const std::string& text, const std::string& file,
                   MapOutline& out) {
  if (!geometry.is_object() || !geometry.contains("type") || !geometry["type"].is_string())
    throw InputError(location_of_key(text, "geometry", file),
                     "expected a GeoJSON geometry object with a 'type'");
  const std::string type = geometry["type"].get<std::string>();
  if (type != "Polygon" && type != "MultiPolygon") return;  // points and lines draw no outline
  if (!geometry.contains("coordinates") || !geometry["coordinates"].is_array())
    throw InputError(location_of_key(text, "type", file),
                     "expected 'coordinates' (an array) in a " + type + " geometry");
  const json& coordinates = geometry["coordinates"];
  if (type == "Polygon") {
    for (const auto& ring : coordinates) out.rings.push_back(read_ring(ring, text, file));
    return;
  }
  for (const auto& polygon : coordinates) {
    if (!polygon.is_array())
      throw InputError(location_of_key(text, "coordinates", file),
                       "expected an array of polygons in a MultiPolygon's 'coordinates'");
    for (const auto& ring : polygon) out.rings.push_back(read_ring(ring, text, file));
  }
}

}  // namespace

MapOutline parse_geojson_outline(const std::string& text, const std::string& file) {
  json doc;
  try {
    doc = json::parse(text);
  } catch (const json::parse_error& e) {
    // e.byte is 1-based and points just past the offending character.
    size_t at = e.byte == 0 ? 0 : e.byte - 1;
    throw InputError(
        location_of(text, at, file),
        "expected GeoJSON (JSON text) for the map outline; the JSON is malformed here");
  }
  MapOutline outline;
  outline.file = file;
  if (!doc.is_object() || !doc.contains("type") || !doc["type"].is_string())
    throw InputError(SourceLocation{file, 1, 1},
                     "expected a GeoJSON object with a 'type' (FeatureCollection, Feature, "
                     "Polygon or MultiPolygon)");
  const std::string type = doc["type"].get<std::string>();
  if (type == "FeatureCollection") {
    if (!doc.contains("features") || !doc["features"].is_array())
      throw InputError(location_of_key(text, "type", file),
                       "expected 'features' (an array) in a FeatureCollection");
    for (const auto& feature : doc["features"]) {
      if (!feature.is_object() || !feature.contains("geometry"))
        throw InputError(location_of_key(text, "features", file),
                         "expected every feature to be an object with a 'geometry'");
      if (!feature["geometry"].is_null()) read_geometry(feature["geometry"], text, file, outline);
    }
  } else if (type == "Feature") {
    if (!doc.contains("geometry"))
      throw InputError(location_of_key(text, "type", file), "expected a 'geometry' in a Feature");
    read_geometry(doc["geometry"], text, file, outline);
  } else {
    read_geometry(doc, text, file, outline);
  }
  if (outline.rings.empty())
    throw InputError(SourceLocation{file, 1, 1},
                     "expected at least one Polygon or MultiPolygon ring for the map outline");
  return outline;
}

std::optional<MapOutline> read_map_outline(const FileSource& files, const std::string& path) {
  std::optional<std::string> text = files.read(path);
  // A project on disk refuses paths leading out of it; this one file is read beside it.
  if (!text && dynamic_cast<const DiskFileSource*>(&files) != nullptr) {
    std::filesystem::path full(files.display(path));
    std::error_code ec;
    if (!std::filesystem::is_regular_file(full, ec)) return std::nullopt;
    std::ifstream in(full, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream bytes;
    bytes << in.rdbuf();
    text = bytes.str();
  }
  if (!text) return std::nullopt;
  MapOutline outline = parse_geojson_outline(*text, files.display(path));
  outline.file = path;  // as configured, so pages do not depend on where the project lies
  return outline;
}

}  // namespace qala
