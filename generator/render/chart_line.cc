#include "render/chart_line.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "render/chart_scale.h"
#include "render/chart_style.h"
#include "render/html.h"
#include "render/number_format.h"

namespace qala {
namespace {

constexpr double kWidth = 560;
constexpr double kHeight = 340;
constexpr double kTop = 16;
constexpr double kRight = 16;
constexpr double kBottom = 48;
constexpr double kCharWidth = 7.8;  // of the 13 px axis font, to fit the longest tick label

/// Characters (not bytes) of a UTF-8 text, to estimate its width.
size_t utf8_length(const std::string& text) {
  return static_cast<size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

/// The colour index of series `i`: observed points are drawn in black, curves in the palette.
size_t colour_index(const LineChart& chart, size_t i) {
  if (chart.series[i].markers) return 6;  // black
  size_t curves = 0;
  for (size_t j = 0; j < i; ++j) curves += chart.series[j].markers ? 0 : 1;
  return curves;
}

std::string axes(const LineChart& chart, const Ticks& xt, const Ticks& yt, const LinearScale& sx,
                 const LinearScale& sy, const std::string& lang) {
  std::string svg = "<g class=\"axes\" font-size=\"13\" fill=\"#444\">";
  for (double v : yt.values) {
    std::string y = svg_number(sy(v));
    svg += "<line x1=\"" + svg_number(sx.p0) + "\" x2=\"" + svg_number(sx.p1) + "\" y1=\"" + y +
           "\" y2=\"" + y + "\" stroke=\"#e3e6eb\"/>";
    svg += "<text x=\"" + svg_number(sx.p0 - 6) + "\" y=\"" + y +
           "\" text-anchor=\"end\" dominant-baseline=\"middle\">" +
           html_escape(format_fixed(v, yt.decimals, lang)) + "</text>";
  }
  for (double v : xt.values) {
    std::string x = svg_number(sx(v));
    svg += "<line x1=\"" + x + "\" x2=\"" + x + "\" y1=\"" + svg_number(sy.p0) + "\" y2=\"" +
           svg_number(sy.p0 + 5) + "\" stroke=\"#444\"/>";
    svg += "<text x=\"" + x + "\" y=\"" + svg_number(sy.p0 + 18) + "\" text-anchor=\"middle\">" +
           html_escape(format_fixed(v, xt.decimals, lang, !chart.x_is_calendar)) + "</text>";
  }
  svg += "<line x1=\"" + svg_number(sx.p0) + "\" x2=\"" + svg_number(sx.p1) + "\" y1=\"" +
         svg_number(sy.p0) + "\" y2=\"" + svg_number(sy.p0) + "\" stroke=\"#444\"/>";
  svg += "<text x=\"" + svg_number((sx.p0 + sx.p1) / 2) + "\" y=\"" + svg_number(kHeight - 8) +
         "\" text-anchor=\"middle\">" + html_escape(chart.x_label) + "</text>";
  return svg + "</g>";
}

std::string series_svg(const LineChart& chart, size_t i, const LinearScale& sx,
                       const LinearScale& sy) {
  const ChartSeries& s = chart.series[i];
  std::string colour = series_colour(colour_index(chart, i));
  if (s.markers) {
    std::string svg = "<g fill=\"" + colour + "\">";
    for (const auto& p : s.points)
      svg += "<circle cx=\"" + svg_number(sx(p.x)) + "\" cy=\"" + svg_number(sy(p.y)) +
             "\" r=\"3.5\"/>";
    return svg + "</g>";
  }
  std::string path;
  bool pen_down = false;
  for (const auto& p : s.curve) {
    if (!std::isfinite(p.y)) {
      pen_down = false;
      continue;
    }
    path += (pen_down ? " L" : (path.empty() ? "M" : " M")) + svg_number(sx(p.x)) + " " +
            svg_number(sy(p.y));
    pen_down = true;
  }
  std::string dash = series_dash(colour_index(chart, i));
  return "<path d=\"" + path + "\" fill=\"none\" stroke=\"" + colour + "\" stroke-width=\"2\"" +
         (dash.empty() ? "" : " stroke-dasharray=\"" + dash + "\"") + "/>";
}

std::string data_table(const LineChart& chart, const std::string& lang,
                       const std::string& caption) {
  std::map<double, std::vector<std::string>> rows;  // x -> one cell per series
  for (size_t i = 0; i < chart.series.size(); ++i)
    for (const auto& p : chart.series[i].points) {
      auto& cells = rows[p.x];
      cells.resize(chart.series.size());
      cells[i] = format_shortest(p.y, lang, true, 4);
    }
  std::string html = "<div class=\"table-scroll\"><table class=\"chart-data\"><caption>" +
                     html_escape(caption) + "</caption><thead><tr><th scope=\"col\">" +
                     html_escape(chart.x_label) + "</th>";
  for (const auto& s : chart.series)
    html += "<th scope=\"col\" class=\"num\">" + html_escape(s.name) + "</th>";
  html += "</tr></thead><tbody>";
  for (auto& [x, cells] : rows) {
    cells.resize(chart.series.size());
    html += "<tr><th scope=\"row\">" +
            html_escape(format_shortest(x, lang, !chart.x_is_calendar, 4)) + "</th>";
    for (const auto& cell : cells) html += "<td class=\"num\">" + html_escape(cell) + "</td>";
    html += "</tr>";
  }
  return html + "</tbody></table></div>";
}

}  // namespace

std::string line_chart_html(const LineChart& chart, const std::string& lang,
                            const std::string& table_caption) {
  double x0 = INFINITY, x1 = -INFINITY, y0 = INFINITY, y1 = -INFINITY;
  for (const auto& s : chart.series)
    for (const auto* points : {&s.points, &s.curve})
      for (const auto& p : *points) {
        if (!std::isfinite(p.x) || !std::isfinite(p.y)) continue;
        x0 = std::min(x0, p.x);
        x1 = std::max(x1, p.x);
        y0 = std::min(y0, p.y);
        y1 = std::max(y1, p.y);
      }
  if (!std::isfinite(x0)) x0 = x1 = y0 = y1 = 0;
  Ticks xt = nice_ticks(x0, x1, 8);
  Ticks yt = nice_ticks(std::min(0.0, y0), y1, 5);
  size_t longest = 0;
  for (double v : yt.values)
    longest = std::max(longest, utf8_length(format_fixed(v, yt.decimals, lang)));
  double left = 14 + kCharWidth * static_cast<double>(longest);
  LinearScale sx{xt.min(), xt.max(), left, kWidth - kRight};
  LinearScale sy{yt.min(), yt.max(), kHeight - kBottom, kTop};

  std::string html = "<figure class=\"chart\" id=\"" + html_escape(chart.id) + "\">";
  html += "<div class=\"chart-scroll\"><svg viewBox=\"0 0 " + svg_number(kWidth) + " " +
          svg_number(kHeight) + "\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\">";
  html += "<title>" + html_escape(chart.title) + "</title>";
  html += "<desc>" + html_escape(chart.desc) + "</desc>";
  html += axes(chart, xt, yt, sx, sy, lang);
  // Curves first, observed points on top.
  for (size_t i = 0; i < chart.series.size(); ++i)
    if (!chart.series[i].markers) html += series_svg(chart, i, sx, sy);
  for (size_t i = 0; i < chart.series.size(); ++i)
    if (chart.series[i].markers) html += series_svg(chart, i, sx, sy);
  html += "</svg></div><figcaption><strong>" + html_escape(chart.title) + "</strong>";
  if (!chart.y_label.empty()) html += " (" + html_escape(chart.y_label) + ")";
  html += "<ul class=\"legend\">";
  for (size_t i = 0; i < chart.series.size(); ++i)
    html += "<li>" + legend_swatch(colour_index(chart, i), chart.series[i].markers) + " " +
            html_escape(chart.series[i].name) + "</li>";
  html += "</ul></figcaption><details><summary>" + html_escape(table_caption) + "</summary>" +
          data_table(chart, lang, table_caption) + "</details></figure>";
  return html;
}

}  // namespace qala
