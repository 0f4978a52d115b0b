#include "render/chart_style.h"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace qala {

const char* series_colour(size_t i) {
  static const char* const kColours[] = {"#0072B2", "#D55E00", "#009E73", "#CC79A7",
                                         "#E69F00", "#56B4E9", "#000000"};
  return kColours[i % (sizeof kColours / sizeof kColours[0])];
}

const char* series_dash(size_t i) {
  static const char* const kDashes[] = {"", "6 3", "2 3", "8 3 2 3", "12 4", "4 4", "1 2"};
  return kDashes[i % (sizeof kDashes / sizeof kDashes[0])];
}

void append_svg_number(std::string& out, double v) {
  // to_chars with a precision prints as printf's "%.1f" does, without its locale and format
  // parsing (charts print thousands of coordinates).
  char buffer[400];
  auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, std::fabs(v) < 0.05 ? 0.0 : v,
                                    std::chars_format::fixed, 1);
  if (error == std::errc())
    out.append(buffer, end);
  else
    out += "0.0";
}

std::string svg_number(double v) {
  std::string out;
  append_svg_number(out, v);
  return out;
}

std::string legend_swatch(size_t i, bool marker) {
  std::string colour = series_colour(i);
  std::string svg = "<svg class=\"swatch\" width=\"28\" height=\"12\" aria-hidden=\"true\">";
  if (marker) {
    svg += "<circle cx=\"14\" cy=\"6\" r=\"4\" fill=\"" + colour + "\"/>";
  } else {
    std::string dash = series_dash(i);
    svg += "<line x1=\"1\" y1=\"6\" x2=\"27\" y2=\"6\" stroke=\"" + colour +
           "\" stroke-width=\"2.5\"" + (dash.empty() ? "" : " stroke-dasharray=\"" + dash + "\"") +
           "/>";
  }
  return svg + "</svg>";
}

}  // namespace qala
