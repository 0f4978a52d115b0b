#pragma once
#include <optional>
#include <string>

#include "core/model.h"
#include "load/file_source.h"

namespace qala {

/// Parses GeoJSON text (a FeatureCollection, a Feature or a bare geometry) and keeps every ring
/// of its Polygon and MultiPolygon geometries. Throws InputError at `file`:line:col when the
/// text is not JSON or not GeoJSON with at least one polygon ring.
MapOutline parse_geojson_outline(const std::string& text, const std::string& file);

/// Reads the outline configured as `path` in site.yaml. This is the one input allowed to lie
/// outside the project (the country border is reference data kept beside the checkout, never
/// copied in), so `path` is resolved against the project root even when it starts with "..".
/// A file that does not exist gives nothing (the map is then drawn without the outline); a file
/// that exists but is malformed throws InputError.
std::optional<MapOutline> read_map_outline(const FileSource& files, const std::string& path);

}  // namespace qala
