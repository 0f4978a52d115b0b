#include "render/chart_cluster.h"

#include <algorithm>
#include <cmath>

#include "render/chart_scale.h"
#include "render/chart_style.h"
#include "render/html.h"
#include "render/number_format.h"

namespace qala {
namespace {

constexpr double kWidth = 640;
constexpr double kRowHeight = 36;
constexpr double kLeft = 8;
constexpr double kRight = 110;  // room for the value written after the longest bar
constexpr double kBarHeight = 12;

std::string data_table(const std::vector<ClusterPoint>& points, const ClusterChart& chart,
                       const std::string& lang, const std::string& caption) {
  std::string html = "<div class=\"table-scroll\"><table class=\"chart-data\"><caption>" +
                     html_escape(caption) + "</caption><thead><tr><th scope=\"col\">" +
                     html_escape(chart.label_header) + "</th><th scope=\"col\" class=\"num\">" +
                     html_escape(chart.value_label) + "</th><th scope=\"col\" class=\"num\">" +
                     html_escape(chart.cluster_word) + "</th><th scope=\"col\">" +
                     html_escape(chart.note_header) + "</th></tr></thead><tbody>";
  for (const auto& p : points)
    html += "<tr><th scope=\"row\">" + html_escape(p.label) + "</th><td class=\"num\">" +
            html_escape(format_shortest(p.value, lang)) + "</td><td class=\"num\">" +
            std::to_string(p.cluster) + "</td><td>" + html_escape(p.note) + "</td></tr>";
  return html + "</tbody></table></div>";
}

}  // namespace

std::string cluster_chart_html(const ClusterChart& chart, const std::string& lang,
                               const std::string& table_caption) {
  std::vector<ClusterPoint> points = chart.points;
  std::stable_sort(points.begin(), points.end(), [](const ClusterPoint& a, const ClusterPoint& b) {
    return a.cluster != b.cluster ? a.cluster < b.cluster : a.value > b.value;
  });
  double hi = 0;
  for (const auto& p : points)
    if (std::isfinite(p.value)) hi = std::max(hi, p.value);
  Ticks ticks = nice_ticks(0, hi, 4);
  LinearScale sx{ticks.min(), ticks.max(), kLeft, kWidth - kRight};
  const double height = kRowHeight * static_cast<double>(points.size()) + 28;

  std::string html = "<figure class=\"chart chart-cluster\" id=\"" + html_escape(chart.id) + "\">";
  html += "<div class=\"chart-scroll\"><svg viewBox=\"0 0 " + svg_number(kWidth) + " " +
          svg_number(height) + "\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\">";
  html += "<title>" + html_escape(chart.title) + "</title>";
  html += "<desc>" + html_escape(chart.desc) + "</desc>";
  // A shaded band behind every other cluster, so the groups read as blocks.
  for (size_t i = 0; i < points.size();) {
    size_t j = i;
    while (j < points.size() && points[j].cluster == points[i].cluster) ++j;
    if (points[i].cluster % 2 == 1)
      html += "<rect x=\"0\" y=\"" + svg_number(kRowHeight * static_cast<double>(i)) +
              "\" width=\"" + svg_number(kWidth) + "\" height=\"" +
              svg_number(kRowHeight * static_cast<double>(j - i)) + "\" fill=\"#f1f3f6\"/>";
    i = j;
  }
  html += "<g font-size=\"12\" fill=\"#444\">";
  for (double v : ticks.values) {
    std::string x = svg_number(sx(v));
    html += "<line x1=\"" + x + "\" x2=\"" + x + "\" y1=\"0\" y2=\"" + svg_number(height - 22) +
            "\" stroke=\"" + (v == 0 ? "#444" : "#d5d9e0") + "\"/>";
    html += "<text x=\"" + x + "\" y=\"" + svg_number(height - 6) + "\" text-anchor=\"middle\">" +
            html_escape(format_fixed(v, ticks.decimals, lang)) + "</text>";
  }
  html += "</g><g font-size=\"13\">";
  for (size_t i = 0; i < points.size(); ++i) {
    const ClusterPoint& p = points[i];
    double top = kRowHeight * static_cast<double>(i);
    std::string label = p.label + " · " + chart.cluster_word + " " + std::to_string(p.cluster);
    if (!p.note.empty()) label += " (" + p.note + ")";
    html += "<text x=\"" + svg_number(kLeft) + "\" y=\"" + svg_number(top + 14) +
            "\" fill=\"#1d2430\">" + html_escape(label) + "</text>";
    if (!std::isfinite(p.value)) continue;
    double x1 = sx(std::max(0.0, p.value));
    const char* colour = series_colour(static_cast<size_t>(std::max(0, p.cluster - 1)));
    html += "<rect x=\"" + svg_number(kLeft) + "\" y=\"" + svg_number(top + 19) + "\" width=\"" +
            svg_number(std::max(2.0, x1 - kLeft)) + "\" height=\"" + svg_number(kBarHeight) +
            "\" fill=\"" + colour + "\"/>";
    html += "<text x=\"" + svg_number(std::max(x1, kLeft + 2) + 4) + "\" y=\"" +
            svg_number(top + 30) + "\" fill=\"#1d2430\">" +
            html_escape(format_shortest(p.value, lang)) + "</text>";
  }
  html += "</g></svg></div><figcaption><strong>" + html_escape(chart.title) + "</strong>";
  if (!chart.value_label.empty()) html += " (" + html_escape(chart.value_label) + ")";
  html += "</figcaption><details><summary>" + html_escape(table_caption) + "</summary>" +
          data_table(points, chart, lang, table_caption) + "</details></figure>";
  return html;
}

}  // namespace qala
