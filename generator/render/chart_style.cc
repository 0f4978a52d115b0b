#include "render/chart_style.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <limits>

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
  if (std::fabs(v) < 0.05) v = 0.0;
  char buffer[400];
  char* end = buffer;
  // Where long double is no wider than double, every number takes the slower path below.
  constexpr bool kExactTenths = std::numeric_limits<long double>::digits >= 57;
  if (kExactTenths && std::fabs(v) < 1e15) {
    // Charts print thousands of coordinates. v * 10 is exact in a long double of 57 or more
    // bits (53 + 4), and rounding it half to even is what printf's "%.1f" does with the exact
    // value.
    long long tenths = std::llrint(static_cast<long double>(v) * 10);
    if (tenths < 0) {
      *end++ = '-';
      tenths = -tenths;
    }
    end = std::to_chars(end, buffer + sizeof buffer, tenths / 10).ptr;
    *end++ = '.';
    *end++ = static_cast<char>('0' + tenths % 10);
  } else {
    // to_chars with a precision prints as printf's "%.1f" does, without its locale.
    auto [last, error] =
        std::to_chars(buffer, buffer + sizeof buffer, v, std::chars_format::fixed, 1);
    if (error != std::errc()) {
      out += "0.0";
      return;
    }
    end = last;
  }
  out.append(buffer, end);
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
