#include "render/chart_bar.h"

#include <algorithm>
#include <cmath>

#include "render/chart_frame.h"
#include "render/chart_scale.h"
#include "render/chart_style.h"
#include "render/html.h"
#include "render/number_format.h"

namespace qala {
namespace {

constexpr double kWidth = 640;
constexpr double kRowHeight = 40;
constexpr double kLeft = 8;
constexpr double kRight = 96;  // room for the value written after the longest bar
constexpr double kBarHeight = 16;

std::string data_table(const BarChart& chart, const std::string& lang, const std::string& caption) {
  std::string html = "<div class=\"table-scroll\"><table class=\"chart-data\"><caption>" +
                     html_escape(caption) + "</caption><thead><tr><th scope=\"col\">" +
                     html_escape(chart.label_header) + "</th><th scope=\"col\" class=\"num\">" +
                     html_escape(chart.value_label) + "</th></tr></thead><tbody>";
  for (const auto& bar : chart.bars)
    html += "<tr><th scope=\"row\">" + html_escape(bar.label) + "</th><td class=\"num\">" +
            html_escape(format_fixed(bar.value, chart.decimals, lang)) + "</td></tr>";
  return html + "</tbody></table></div>";
}

}  // namespace

std::string bar_chart_html(const BarChart& chart, const std::string& lang,
                           const std::string& table_caption) {
  double lo = 0, hi = 0;
  for (const auto& bar : chart.bars)
    if (std::isfinite(bar.value)) {
      lo = std::min(lo, bar.value);
      hi = std::max(hi, bar.value);
    }
  Ticks ticks = nice_ticks(lo, hi, 4);
  LinearScale sx{ticks.min(), ticks.max(), kLeft, kWidth - kRight};
  const double height = kRowHeight * static_cast<double>(chart.bars.size()) + 28;

  std::string html =
      chart_frame_open(chart.id, chart.title, chart.desc, ticks, sx, kWidth, height, lang);
  html += "<g font-size=\"13\">";
  for (size_t i = 0; i < chart.bars.size(); ++i) {
    const Bar& bar = chart.bars[i];
    double top = kRowHeight * static_cast<double>(i);
    html += "<text x=\"" + svg_number(kLeft) + "\" y=\"" + svg_number(top + 13) +
            "\" fill=\"#1d2430\">" + html_escape(bar.label) + "</text>";
    if (!std::isfinite(bar.value)) continue;
    double x0 = sx(std::min(0.0, bar.value)), x1 = sx(std::max(0.0, bar.value));
    html += "<rect x=\"" + svg_number(x0) + "\" y=\"" + svg_number(top + 18) + "\" width=\"" +
            svg_number(std::max(1.0, x1 - x0)) + "\" height=\"" + svg_number(kBarHeight) +
            "\" fill=\"" + series_colour(0) + "\"/>";
    html += "<text x=\"" + svg_number(x1 + 4) + "\" y=\"" + svg_number(top + 31) +
            "\" fill=\"#1d2430\">" + html_escape(format_fixed(bar.value, chart.decimals, lang)) +
            "</text>";
  }
  html += "</g></svg></div><figcaption><strong>" + html_escape(chart.title) + "</strong>";
  if (!chart.value_label.empty()) html += " (" + html_escape(chart.value_label) + ")";
  html += "</figcaption><details><summary>" + html_escape(table_caption) + "</summary>" +
          data_table(chart, lang, table_caption) + "</details></figure>";
  return html;
}

}  // namespace qala
