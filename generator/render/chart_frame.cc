#include "render/chart_frame.h"

#include "render/chart_style.h"
#include "render/html.h"
#include "render/number_format.h"

namespace qala {

std::string chart_frame_open(const std::string& id, const std::string& title,
                             const std::string& desc, const Ticks& ticks, const LinearScale& sx,
                             double width, double height, const std::string& lang) {
  std::string html = "<figure class=\"chart\" id=\"" + html_escape(id) + "\">";
  html += "<div class=\"chart-scroll\"><svg viewBox=\"0 0 " + svg_number(width) + " " +
          svg_number(height) + "\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\">";
  html += "<title>" + html_escape(title) + "</title>";
  html += "<desc>" + html_escape(desc) + "</desc>";
  html += "<g font-size=\"12\" fill=\"#444\">";
  for (double v : ticks.values) {
    std::string x = svg_number(sx(v));
    html += "<line x1=\"" + x + "\" x2=\"" + x + "\" y1=\"0\" y2=\"" + svg_number(height - 22) +
            "\" stroke=\"" + (v == 0 ? "#444" : "#e3e6eb") + "\"/>";
    html += "<text x=\"" + x + "\" y=\"" + svg_number(height - 6) + "\" text-anchor=\"middle\">" +
            html_escape(format_fixed(v, ticks.decimals, lang)) + "</text>";
  }
  return html + "</g>";
}

}  // namespace qala
