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

/// Appends each piece in turn: charts are built of many short pieces, and a chain of `+` would
/// make a temporary string for each.
class SvgWriter {
 public:
  explicit SvgWriter(std::string& out) : out_(out) {}
  SvgWriter& operator<<(const char* text) {
    out_ += text;
    return *this;
  }
  SvgWriter& operator<<(const std::string& text) {
    out_ += text;
    return *this;
  }
  /// A coordinate, as svg_number writes it.
  SvgWriter& operator<<(double v) {
    append_svg_number(out_, v);
    return *this;
  }
  /// Text content, HTML-escaped.
  SvgWriter& text(const std::string& text) {
    html_escape_append(out_, text);
    return *this;
  }

 private:
  std::string& out_;
};

void axes(std::string& out, const LineChart& chart, const Ticks& xt, const Ticks& yt,
          const LinearScale& sx, const LinearScale& sy, const std::string& lang) {
  SvgWriter svg(out);
  svg << "<g class=\"axes\" font-size=\"13\" fill=\"#444\">";
  for (double v : yt.values) {
    double y = sy(v);
    svg << "<line x1=\"" << sx.p0 << "\" x2=\"" << sx.p1 << "\" y1=\"" << y << "\" y2=\"" << y
        << "\" stroke=\"#e3e6eb\"/>";
    svg << "<text x=\"" << (sx.p0 - 6) << "\" y=\"" << y
        << "\" text-anchor=\"end\" dominant-baseline=\"middle\">";
    svg.text(format_fixed(v, yt.decimals, lang)) << "</text>";
  }
  for (double v : xt.values) {
    double x = sx(v);
    svg << "<line x1=\"" << x << "\" x2=\"" << x << "\" y1=\"" << sy.p0 << "\" y2=\"" << (sy.p0 + 5)
        << "\" stroke=\"#444\"/>";
    svg << "<text x=\"" << x << "\" y=\"" << (sy.p0 + 18) << "\" text-anchor=\"middle\">";
    svg.text(format_fixed(v, xt.decimals, lang, !chart.x_is_calendar)) << "</text>";
  }
  svg << "<line x1=\"" << sx.p0 << "\" x2=\"" << sx.p1 << "\" y1=\"" << sy.p0 << "\" y2=\"" << sy.p0
      << "\" stroke=\"#444\"/>";
  svg << "<text x=\"" << ((sx.p0 + sx.p1) / 2) << "\" y=\"" << (kHeight - 8)
      << "\" text-anchor=\"middle\">";
  svg.text(chart.x_label) << "</text></g>";
}

void series_svg(std::string& out, const LineChart& chart, size_t i, const LinearScale& sx,
                const LinearScale& sy) {
  const ChartSeries& s = chart.series[i];
  const char* colour = series_colour(colour_index(chart, i));
  SvgWriter svg(out);
  if (s.markers) {
    svg << "<g fill=\"" << colour << "\">";
    for (const auto& p : s.points)
      svg << "<circle cx=\"" << sx(p.x) << "\" cy=\"" << sy(p.y) << "\" r=\"3.5\"/>";
    svg << "</g>";
    return;
  }
  svg << "<path d=\"";
  bool pen_down = false;
  bool empty = true;
  for (const auto& p : s.curve) {
    if (!std::isfinite(p.y)) {
      pen_down = false;
      continue;
    }
    svg << (pen_down ? " L" : (empty ? "M" : " M")) << sx(p.x) << " " << sy(p.y);
    pen_down = true;
    empty = false;
  }
  const char* dash = series_dash(colour_index(chart, i));
  svg << "\" fill=\"none\" stroke=\"" << colour << "\" stroke-width=\"2\"";
  if (*dash) svg << " stroke-dasharray=\"" << dash << "\"";
  svg << "/>";
}

void data_table(std::string& out, const LineChart& chart, const std::string& lang,
                const std::string& caption) {
  std::map<double, std::vector<std::string>> rows;  // x -> one cell per series
  for (size_t i = 0; i < chart.series.size(); ++i)
    for (const auto& p : chart.series[i].points) {
      auto& cells = rows[p.x];
      cells.resize(chart.series.size());
      cells[i] = format_shortest(p.y, lang, true, 4);
    }
  SvgWriter html(out);
  html << "<div class=\"table-scroll\"><table class=\"chart-data\"><caption>";
  html.text(caption) << "</caption><thead><tr><th scope=\"col\">";
  html.text(chart.x_label) << "</th>";
  for (const auto& s : chart.series) {
    html << "<th scope=\"col\" class=\"num\">";
    html.text(s.name) << "</th>";
  }
  html << "</tr></thead><tbody>";
  for (auto& [x, cells] : rows) {
    cells.resize(chart.series.size());
    html << "<tr><th scope=\"row\">";
    html.text(format_shortest(x, lang, !chart.x_is_calendar, 4)) << "</th>";
    for (const auto& cell : cells) {
      html << "<td class=\"num\">";
      html.text(cell) << "</td>";
    }
    html << "</tr>";
  }
  html << "</tbody></table></div>";
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
  axes(html, chart, xt, yt, sx, sy, lang);
  // Curves first, observed points on top.
  for (size_t i = 0; i < chart.series.size(); ++i)
    if (!chart.series[i].markers) series_svg(html, chart, i, sx, sy);
  for (size_t i = 0; i < chart.series.size(); ++i)
    if (chart.series[i].markers) series_svg(html, chart, i, sx, sy);
  html += "</svg></div><figcaption><strong>" + html_escape(chart.title) + "</strong>";
  if (!chart.y_label.empty()) html += " (" + html_escape(chart.y_label) + ")";
  html += "<ul class=\"legend\">";
  for (size_t i = 0; i < chart.series.size(); ++i)
    html += "<li>" + legend_swatch(colour_index(chart, i), chart.series[i].markers) + " " +
            html_escape(chart.series[i].name) + "</li>";
  html += "</ul></figcaption><details><summary>" + html_escape(table_caption) + "</summary>";
  data_table(html, chart, lang, table_caption);
  html += "</details></figure>";
  return html;
}

}  // namespace qala
