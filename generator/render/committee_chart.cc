#include "render/committee_chart.h"

#include <algorithm>
#include <cmath>
#include <sstream>

#include "render/chart_frame.h"
#include "render/chart_scale.h"
#include "render/chart_style.h"
#include "render/html.h"
#include "render/number_format.h"

namespace qala {
namespace {

constexpr double kWidth = 640;
constexpr double kLeft = 8;
constexpr double kRight = 48;  // room for the value written after the longest bar
constexpr double kLineHeight = 15;
constexpr double kBarHeight = 14;
constexpr double kBarGap = 3;
constexpr double kGroupGap = 12;
constexpr size_t kLabelWidth = 86;  // characters per label line at 12 px

size_t utf8_length(const std::string& s) {
  return static_cast<size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

std::string swatch(size_t i) {
  return std::string("<svg class=\"swatch\" width=\"14\" height=\"12\" aria-hidden=\"true\">") +
         "<rect x=\"1\" y=\"1\" width=\"12\" height=\"10\" fill=\"" + series_colour(i) +
         "\"/></svg>";
}

std::string data_table(const GroupedBarChart& chart, const std::string& lang,
                       const std::string& caption) {
  std::string html = "<div class=\"table-scroll\"><table class=\"chart-data\"><caption>" +
                     html_escape(caption) + "</caption><thead><tr><th scope=\"col\">" +
                     html_escape(chart.label_header) + "</th>";
  for (const auto& name : chart.series)
    html += "<th scope=\"col\" class=\"num\">" + html_escape(name) + "</th>";
  html += "</tr></thead><tbody>";
  for (const auto& group : chart.groups) {
    html += "<tr><th scope=\"row\">" + html_escape(group.label) + "</th>";
    for (double v : group.values)
      html += "<td class=\"num\">" + html_escape(format_fixed(v, 0, lang)) + "</td>";
    html += "</tr>";
  }
  return html + "</tbody></table></div>";
}

}  // namespace

std::vector<std::string> wrap_label(const std::string& text, size_t width) {
  std::vector<std::string> lines;
  std::istringstream words(text);
  std::string word, line;
  while (words >> word) {
    if (!line.empty() && utf8_length(line) + 1 + utf8_length(word) > width) {
      lines.push_back(line);
      line.clear();
    }
    line += (line.empty() ? "" : " ") + word;
  }
  if (!line.empty()) lines.push_back(line);
  return lines;
}

std::string grouped_bar_chart_html(const GroupedBarChart& chart, const std::string& lang,
                                   const std::string& table_caption) {
  double hi = 0;
  for (const auto& group : chart.groups)
    for (double v : group.values)
      if (std::isfinite(v)) hi = std::max(hi, v);
  Ticks ticks = nice_ticks(0, hi, 4);
  LinearScale sx{ticks.min(), ticks.max(), kLeft, kWidth - kRight};

  std::string bars;
  double y = 0;
  for (const auto& group : chart.groups) {
    std::vector<std::string> lines = wrap_label(group.label, kLabelWidth);
    bars +=
        "<text x=\"" + svg_number(kLeft) + "\" y=\"" + svg_number(y + 12) + "\" fill=\"#1d2430\">";
    for (size_t i = 0; i < lines.size(); ++i)
      bars += "<tspan x=\"" + svg_number(kLeft) + "\"" +
              (i == 0 ? std::string() : " dy=\"" + svg_number(kLineHeight) + "\"") + ">" +
              html_escape(lines[i]) + "</tspan>";
    bars += "</text>";
    y += kLineHeight * static_cast<double>(lines.size()) + 4;
    for (size_t s = 0; s < group.values.size(); ++s) {
      double v = group.values[s];
      if (std::isfinite(v)) {
        double x1 = sx(v);
        bars += "<rect x=\"" + svg_number(sx(0)) + "\" y=\"" + svg_number(y) + "\" width=\"" +
                svg_number(std::max(1.0, x1 - sx(0))) + "\" height=\"" + svg_number(kBarHeight) +
                "\" fill=\"" + series_colour(s) + "\"/>";
        bars += "<text x=\"" + svg_number(x1 + 4) + "\" y=\"" + svg_number(y + 11) +
                "\" fill=\"#1d2430\">" + html_escape(format_fixed(v, 0, lang)) + "</text>";
      }
      y += kBarHeight + kBarGap;
    }
    y += kGroupGap;
  }
  const double height = y + 22;

  std::string html =
      chart_frame_open(chart.id, chart.title, chart.desc, ticks, sx, kWidth, height, lang);
  html += "<g font-size=\"12\">" + bars + "</g></svg></div>";
  html += "<ul class=\"legend\">";
  for (size_t s = 0; s < chart.series.size(); ++s)
    html += "<li>" + swatch(s) + " " + html_escape(chart.series[s]) + "</li>";
  html += "</ul><figcaption><strong>" + html_escape(chart.title) + "</strong></figcaption>" +
          "<details><summary>" + html_escape(table_caption) + "</summary>" +
          data_table(chart, lang, table_caption) + "</details></figure>";
  return html;
}

}  // namespace qala
