#pragma once
#include <string>
#include <vector>

#include "core/model.h"
#include "render/i18n.h"

namespace qala {

/// The part of the earth a map shows, in degrees.
struct GeoBounds {
  double lon_min = 0, lon_max = 0, lat_min = 0, lat_max = 0;
};

/// An equirectangular projection ("plate carrée" stretched to be true to scale along one
/// parallel): x = (lon - lon_min) * cos(standard parallel), y = lat_max - lat, both times one
/// scale chosen so the bounds fill `width` pixels less the margins. North is up. Good enough for
/// a locator map of one country at mid latitudes; distances and areas are not to be read off it.
class MapProjection {
 public:
  MapProjection(const GeoBounds& bounds, double width, double margin);
  double x(double lon) const;
  double y(double lat) const;
  double width() const { return width_; }
  double height() const { return height_; }
  /// The parallel along which the map is true to scale: the middle of the bounds' latitudes.
  double standard_parallel() const { return standard_parallel_; }

 private:
  GeoBounds bounds_;
  double width_, height_, margin_, scale_, standard_parallel_;
};

/// One town on the map.
struct MapTown {
  std::string id;
  std::string name;
  GeoPoint where;
  std::string href;  // the town's page; empty when the site has none (no link then)
};

/// The bounds that show every town and the outline, with a margin of `pad` degrees.
GeoBounds map_bounds(const std::vector<MapTown>& towns, const MapOutline* outline, double pad);

/// The locator map as a `<figure>`: an inline SVG (role="img" with <title> and <desc>) with the
/// outline when there is one (else a graticule only, and a caption saying the outline is
/// missing) and one `class="map-town"` marker per town; a town with a page gets a
/// `class="map-link"` link laid over its marker; the towns with their coordinates follow as a
/// data table. Strings from the `map.*` UI keys.
std::string locator_map_html(const std::vector<MapTown>& towns, const MapOutline* outline,
                             const Strings& strings);

}  // namespace qala
