#include "render/locator_map.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numbers>

#include "render/chart_style.h"
#include "render/html.h"
#include "render/number_format.h"

namespace qala {
namespace {

constexpr double kWidth = 640;
constexpr double kMargin = 12;
constexpr double kGraticuleStep = 5;  // degrees between the drawn parallels and meridians

double radians(double degrees) { return degrees * std::numbers::pi / 180; }

std::string replace_all(std::string text, const std::string& what, const std::string& with) {
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + with.size()))
    text.replace(at, what.size(), with);
  return text;
}

std::string graticule(const MapProjection& p, const GeoBounds& b) {
  std::string svg = "<g class=\"map-graticule\" stroke=\"#d5dae1\" stroke-width=\"0.6\">";
  for (double lon = std::ceil(b.lon_min / kGraticuleStep) * kGraticuleStep; lon <= b.lon_max;
       lon += kGraticuleStep)
    svg += "<line x1=\"" + svg_number(p.x(lon)) + "\" x2=\"" + svg_number(p.x(lon)) + "\" y1=\"" +
           svg_number(p.y(b.lat_max)) + "\" y2=\"" + svg_number(p.y(b.lat_min)) + "\"/>";
  for (double lat = std::ceil(b.lat_min / kGraticuleStep) * kGraticuleStep; lat <= b.lat_max;
       lat += kGraticuleStep)
    svg += "<line x1=\"" + svg_number(p.x(b.lon_min)) + "\" x2=\"" + svg_number(p.x(b.lon_max)) +
           "\" y1=\"" + svg_number(p.y(lat)) + "\" y2=\"" + svg_number(p.y(lat)) + "\"/>";
  svg += "</g><g class=\"map-graticule-labels\" font-size=\"10\" fill=\"#6b7280\">";
  for (double lon = std::ceil(b.lon_min / kGraticuleStep) * kGraticuleStep; lon <= b.lon_max;
       lon += kGraticuleStep)
    svg += "<text x=\"" + svg_number(p.x(lon) + 2) + "\" y=\"" + svg_number(p.y(b.lat_min) - 3) +
           "\">" + svg_number(lon).substr(0, svg_number(lon).find('.')) + "°E</text>";
  for (double lat = std::ceil(b.lat_min / kGraticuleStep) * kGraticuleStep; lat <= b.lat_max;
       lat += kGraticuleStep)
    svg += "<text x=\"" + svg_number(p.x(b.lon_min) + 2) + "\" y=\"" + svg_number(p.y(lat) - 3) +
           "\">" + svg_number(lat).substr(0, svg_number(lat).find('.')) + "°N</text>";
  return svg + "</g>";
}

std::string outline_path(const MapProjection& p, const MapOutline& outline) {
  std::string d;
  for (const auto& ring : outline.rings) {
    for (size_t i = 0; i < ring.size(); ++i)
      d += (i == 0 ? "M" : "L") + svg_number(p.x(ring[i].lon)) + " " + svg_number(p.y(ring[i].lat));
    d += "Z";
  }
  return "<path class=\"map-outline\" d=\"" + d +
         "\" fill=\"#eef2f6\" stroke=\"#5b6675\" stroke-width=\"1\" stroke-linejoin=\"round\"/>";
}

std::string marker(const MapProjection& p, const MapTown& town) {
  return "<circle class=\"map-town\" data-town=\"" + html_escape(town.id) + "\" cx=\"" +
         svg_number(p.x(town.where.lon)) + "\" cy=\"" + svg_number(p.y(town.where.lat)) +
         "\" r=\"5\" fill=\"" + series_colour(0) +
         "\" stroke=\"#fff\" stroke-width=\"1.5\"><title>" + html_escape(town.name) +
         "</title></circle>";
}

/// A town's link as an HTML element laid over its marker, placed in percent of the map, since
/// links inside inline SVG are not valid HTML5 for validators such as tidy.
std::string overlay_link(const MapProjection& p, const MapTown& town) {
  auto percent = [](double v, double of) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.2f%%", 100 * v / of);
    return std::string(buffer);
  };
  return "<a class=\"map-link\" href=\"" + html_escape(town.href) +
         "\" style=\"left:" + percent(p.x(town.where.lon), p.width()) +
         ";top:" + percent(p.y(town.where.lat), p.height()) + "\"><span class=\"map-link-name\">" +
         html_escape(town.name) + "</span></a>";
}

std::string coordinate(double degrees, const char* positive, const char* negative,
                       const std::string& lang) {
  return format_fixed(std::fabs(degrees), 4, lang, false) + "°" +
         (degrees < 0 ? negative : positive);
}

std::string data_table(const std::vector<MapTown>& towns, const Strings& t) {
  std::string html = "<div class=\"table-scroll\"><table class=\"chart-data map-data\"><caption>" +
                     html_escape(t.get("map.table_caption")) +
                     "</caption><thead><tr><th scope=\"col\">" + html_escape(t.get("map.town")) +
                     "</th><th scope=\"col\" class=\"num\">" + html_escape(t.get("map.latitude")) +
                     "</th><th scope=\"col\" class=\"num\">" + html_escape(t.get("map.longitude")) +
                     "</th></tr></thead><tbody>";
  for (const auto& town : towns) {
    std::string name = html_escape(town.name);
    if (!town.href.empty()) name = "<a href=\"" + html_escape(town.href) + "\">" + name + "</a>";
    html += "<tr><th scope=\"row\">" + name + "</th><td class=\"num\" data-sort-value=\"" +
            svg_number(town.where.lat) + "\">" +
            html_escape(coordinate(town.where.lat, "N", "S", t.lang())) +
            "</td><td class=\"num\" data-sort-value=\"" + svg_number(town.where.lon) + "\">" +
            html_escape(coordinate(town.where.lon, "E", "W", t.lang())) + "</td></tr>";
  }
  return html + "</tbody></table></div>";
}

}  // namespace

MapProjection::MapProjection(const GeoBounds& bounds, double width, double margin)
    : bounds_(bounds), width_(width), margin_(margin) {
  standard_parallel_ = (bounds.lat_min + bounds.lat_max) / 2;
  double span =
      std::max(1e-9, (bounds.lon_max - bounds.lon_min) * std::cos(radians(standard_parallel_)));
  scale_ = (width - 2 * margin) / span;
  height_ = 2 * margin + (bounds.lat_max - bounds.lat_min) * scale_;
}

double MapProjection::x(double lon) const {
  return margin_ + (lon - bounds_.lon_min) * std::cos(radians(standard_parallel_)) * scale_;
}

double MapProjection::y(double lat) const { return margin_ + (bounds_.lat_max - lat) * scale_; }

GeoBounds map_bounds(const std::vector<MapTown>& towns, const MapOutline* outline, double pad) {
  GeoBounds b{180, -180, 90, -90};
  auto extend = [&](const GeoPoint& p) {
    b.lon_min = std::min(b.lon_min, p.lon);
    b.lon_max = std::max(b.lon_max, p.lon);
    b.lat_min = std::min(b.lat_min, p.lat);
    b.lat_max = std::max(b.lat_max, p.lat);
  };
  for (const auto& town : towns) extend(town.where);
  if (outline)
    for (const auto& ring : outline->rings)
      for (const auto& p : ring) extend(p);
  if (b.lon_min > b.lon_max) b = GeoBounds{0, 1, 0, 1};  // nothing to show: any extent will do
  return GeoBounds{b.lon_min - pad, b.lon_max + pad, b.lat_min - pad, b.lat_max + pad};
}

std::string locator_map_html(const std::vector<MapTown>& towns, const MapOutline* outline,
                             const Strings& t) {
  GeoBounds bounds = map_bounds(towns, outline, outline ? 0.5 : 1.5);
  MapProjection p(bounds, kWidth, kMargin);
  std::string svg = "<svg viewBox=\"0 0 " + svg_number(p.width()) + " " + svg_number(p.height()) +
                    "\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\">";
  svg += "<title>" + html_escape(t.get("map.title")) + "</title>";
  svg += "<desc>" +
         html_escape(replace_all(t.get("map.desc"), "{}", std::to_string(towns.size()))) +
         "</desc>";
  svg += "<rect x=\"0\" y=\"0\" width=\"" + svg_number(p.width()) + "\" height=\"" +
         svg_number(p.height()) + "\" fill=\"#fbfcfd\" stroke=\"#c9ced6\"/>";
  if (outline) svg += outline_path(p, *outline);
  svg += graticule(p, bounds);
  svg += "<g class=\"map-towns\">";
  for (const auto& town : towns) svg += marker(p, town);
  svg += "</g></svg>";
  for (const auto& town : towns)
    if (!town.href.empty()) svg += overlay_link(p, town);

  std::string projection =
      replace_all(t.get("map.projection"), "{}",
                  format_fixed(p.standard_parallel(), 1, t.lang(), false) + "°N");
  std::string note = outline ? replace_all(t.get("map.outline_source"), "{}", outline->file)
                             : t.get("map.no_outline");
  return "<figure class=\"chart locator-map\" id=\"locator-map\"><div class=\"chart-scroll "
         "map-canvas\">" +
         svg + "</div><figcaption><strong>" + html_escape(t.get("map.title")) + "</strong>. " +
         html_escape(projection) + " " + html_escape(note) + "</figcaption><details><summary>" +
         html_escape(t.get("map.table_caption")) + "</summary>" + data_table(towns, t) +
         "</details></figure>";
}

}  // namespace qala
