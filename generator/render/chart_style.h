#pragma once
#include <string>

namespace qala {

/// Colour of series `i`: the Okabe-Ito palette, told apart by readers with colour-blindness.
const char* series_colour(size_t i);

/// Dash pattern of series `i` ("" for solid), so series differ in more than colour.
const char* series_dash(size_t i);

/// A pixel coordinate for SVG: one decimal, always a decimal point, whatever the language.
std::string svg_number(double v);
/// svg_number(v) appended to `out` (no temporary string).
void append_svg_number(std::string& out, double v);

/// A small inline SVG sample of a series' line or marker, for legends.
std::string legend_swatch(size_t i, bool marker);

}  // namespace qala
