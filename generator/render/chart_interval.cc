#include "render/chart_interval.h"

#include <algorithm>
#include <cmath>

#include "render/chart_scale.h"
#include "render/chart_style.h"
#include "render/html.h"
#include "render/number_format.h"

namespace qala {
namespace {

constexpr double kWidth = 640;
constexpr double kRowHeight = 44;
constexpr double kLeft = 16;
constexpr double kRight = 16;

std::string number(double v, const std::string& lang) { return format_shortest(v, lang, true, 6); }

std::string data_table(const IntervalChart& chart, const std::string& lang,
                       const std::string& caption) {
  std::string html = "<div class=\"table-scroll\"><table class=\"chart-data\"><caption>" +
                     html_escape(caption) + "</caption><thead><tr><th scope=\"col\">" +
                     html_escape(chart.label_header) + "</th>";
  for (const auto* h : {&chart.estimate_header, &chart.lower_header, &chart.upper_header})
    html += "<th scope=\"col\" class=\"num\">" + html_escape(*h) + "</th>";
  html += "</tr></thead><tbody>";
  for (const auto& r : chart.rows)
    html += "<tr><th scope=\"row\">" + html_escape(r.label) + "</th><td class=\"num\">" +
            html_escape(number(r.estimate, lang)) + "</td><td class=\"num\">" +
            html_escape(number(r.lower, lang)) + "</td><td class=\"num\">" +
            html_escape(number(r.upper, lang)) + "</td></tr>";
  return html + "</tbody></table></div>";
}

}  // namespace

std::string interval_chart_html(const IntervalChart& chart, const std::string& lang,
                                const std::string& table_caption) {
  const double height = kRowHeight * static_cast<double>(chart.rows.size()) + 8;
  std::string html = "<figure class=\"chart chart-interval\" id=\"" + html_escape(chart.id) + "\">";
  html += "<div class=\"chart-scroll\"><svg viewBox=\"0 0 " + svg_number(kWidth) + " " +
          svg_number(height) + "\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\">";
  html += "<title>" + html_escape(chart.title) + "</title>";
  html += "<desc>" + html_escape(chart.desc) + "</desc><g font-size=\"13\">";
  for (size_t i = 0; i < chart.rows.size(); ++i) {
    const Interval& r = chart.rows[i];
    double top = kRowHeight * static_cast<double>(i);
    std::string text = r.label + ": " + number(r.estimate, lang) + " [" + number(r.lower, lang) +
                       "; " + number(r.upper, lang) + "]";
    html += "<text x=\"" + svg_number(kLeft) + "\" y=\"" + svg_number(top + 14) +
            "\" fill=\"#1d2430\">" + html_escape(text) + "</text>";
    if (!std::isfinite(r.lower) || !std::isfinite(r.upper) || !std::isfinite(r.estimate)) continue;
    double lo = std::min(0.0, r.lower), hi = std::max(0.0, r.upper);
    if (hi - lo <= 0) hi = lo + 1;
    double pad = (hi - lo) * 0.05;
    LinearScale sx{lo - pad, hi + pad, kLeft, kWidth - kRight};
    double y = top + 28;
    std::string zero = svg_number(sx(0));
    html += "<line x1=\"" + zero + "\" x2=\"" + zero + "\" y1=\"" + svg_number(y - 9) + "\" y2=\"" +
            svg_number(y + 9) + "\" stroke=\"#444\" stroke-dasharray=\"2 2\"/>";
    const char* colour = r.lower > 0 || r.upper < 0 ? series_colour(0) : series_colour(1);
    html += "<line x1=\"" + svg_number(sx(r.lower)) + "\" x2=\"" + svg_number(sx(r.upper)) +
            "\" y1=\"" + svg_number(y) + "\" y2=\"" + svg_number(y) + "\" stroke=\"" + colour +
            "\" stroke-width=\"3\"/>";
    html += "<circle cx=\"" + svg_number(sx(r.estimate)) + "\" cy=\"" + svg_number(y) +
            "\" r=\"5\" fill=\"" + colour + "\"/>";
  }
  html += "</g></svg></div><figcaption><strong>" + html_escape(chart.title) +
          "</strong></figcaption><details><summary>" + html_escape(table_caption) + "</summary>" +
          data_table(chart, lang, table_caption) + "</details></figure>";
  return html;
}

}  // namespace qala
