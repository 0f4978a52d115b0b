#include "render/number_format.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace qala {
namespace {

constexpr std::string_view kMinus = "\u2212";
constexpr std::string_view kNarrowNoBreakSpace = "\u202F";

/// Digits of |value| rounded to `decimals`, with '.' as the mark: "1088901.2".
std::string plain_digits(double magnitude, int decimals) {
  // As printf's "%.*f" (to_chars with a precision is specified to print the same), faster.
  char buffer[400];
  auto [end, error] =
      std::to_chars(buffer, buffer + sizeof buffer, magnitude, std::chars_format::fixed, decimals);
  if (error == std::errc()) return std::string(buffer, end);
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, magnitude);
  return buffer;
}

/// Appends "1088901.2" in the language's form, "1 088 901,2".
void append_localized(std::string& out, std::string_view digits, const NumberStyle& style,
                      bool group) {
  size_t dot = digits.find('.');
  std::string_view integer = digits.substr(0, dot);
  for (size_t i = 0; i < integer.size(); ++i) {
    if (group && i > 0 && (integer.size() - i) % 3 == 0) out += style.group_separator;
    out += integer[i];
  }
  if (dot != std::string_view::npos) {
    out += style.decimal_mark;
    out += digits.substr(dot + 1);
  }
}

bool all_zero(std::string_view digits) {
  return digits.find_first_of("123456789") == std::string_view::npos;
}

/// `digits` (those of |value|, as plain_digits gives them) in the language's form, with a minus
/// sign when `value` is negative and does not round to zero.
std::string signed_digits(double value, std::string_view digits, const NumberStyle& style,
                          bool group) {
  std::string out;
  out.reserve(digits.size() + digits.size() / 3 * style.group_separator.size() + 4);
  if (value < 0 && !all_zero(digits)) out += kMinus;
  append_localized(out, digits, style, group);
  return out;
}

std::string signed_number(double value, int decimals, const NumberStyle& style, bool group) {
  if (std::isnan(value)) return "";
  if (std::isinf(value)) return value < 0 ? std::string(kMinus) + "\u221E" : "\u221E";
  char buffer[400];
  auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, std::fabs(value),
                                    std::chars_format::fixed, decimals);
  if (error == std::errc())
    return signed_digits(value, std::string_view(buffer, static_cast<size_t>(end - buffer)), style,
                         group);
  return signed_digits(value, plain_digits(std::fabs(value), decimals), style, group);
}

/// "⁶", "¹²", "⁻³": an exponent in superscript digits, so no markup is needed.
std::string superscript(int exponent) {
  static const char* const kDigits[] = {"\u2070", "\u00B9", "\u00B2", "\u00B3", "\u2074",
                                        "\u2075", "\u2076", "\u2077", "\u2078", "\u2079"};
  std::string text = std::to_string(exponent);
  std::string out;
  for (char c : text) out += c == '-' ? "\u207B" : kDigits[c - '0'];
  return out;
}

/// "E+12", "E-05": the way spreadsheets print an exponent.
std::string e_exponent(int exponent) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "E%c%02d", exponent < 0 ? '-' : '+', std::abs(exponent));
  return buffer;
}

std::string scientific(double value, int decimals, const NumberStyle& style) {
  if (value == 0) return signed_number(0, decimals, style, false) + e_exponent(0);
  int exponent = static_cast<int>(std::floor(std::log10(std::fabs(value))));
  double mantissa = value / std::pow(10.0, exponent);
  // Rounding may carry into a new digit (9.99995 -> 10.0000): renormalise.
  if (std::fabs(std::strtod(plain_digits(std::fabs(mantissa), decimals).c_str(), nullptr)) >= 10) {
    ++exponent;
    mantissa = value / std::pow(10.0, exponent);
  }
  return signed_number(mantissa, decimals, style, false) + e_exponent(exponent);
}

}  // namespace

const NumberStyle& number_style(const std::string& lang) {
  static const NumberStyle kEnglish{".", ",", ""};
  static const NumberStyle kRussianKazakh{",", std::string(kNarrowNoBreakSpace),
                                          std::string(kNarrowNoBreakSpace)};
  return lang == "ru" || lang == "kk" ? kRussianKazakh : kEnglish;
}

std::string format_fixed(double value, int decimals, const std::string& lang, bool group) {
  return signed_number(value, decimals < 0 ? 0 : decimals, number_style(lang), group);
}

std::string format_shortest(double value, const std::string& lang, bool group, int max_decimals) {
  // Fast path. The shortest text that reads back as `value`, with k decimals, is the value
  // rounded to k decimals; any text with fewer decimals differs from it by 10^-k or more, so
  // while |value| * 1e-12 stays well below 10^-k (|value| < 10^(12-k) / 2) none is within
  // 1e-12 of `value`, and the loop below would stop at k.
  if (std::isfinite(value)) {
    char buffer[400];
    auto [end, error] =
        std::to_chars(buffer, buffer + sizeof buffer, std::fabs(value), std::chars_format::fixed);
    if (error == std::errc()) {
      std::string_view digits(buffer, static_cast<size_t>(end - buffer));
      size_t dot = digits.find('.');
      int k = dot == std::string_view::npos ? 0 : static_cast<int>(digits.size() - dot - 1);
      if (k <= max_decimals && std::fabs(value) < 0.5 * std::pow(10.0, 12 - k))
        return signed_digits(value, digits, number_style(lang), group);
    }
  }
  // The value rounded to k + 1 decimals is never further from it than rounded to k, so when
  // max_decimals does not give it back, no fewer do (most fitted values on a chart: one pass).
  if (max_decimals > 0 && std::isfinite(value)) {
    std::string digits = plain_digits(std::fabs(value), max_decimals);
    double back = 0;
    std::from_chars(digits.data(), digits.data() + digits.size(), back);
    if (std::fabs(back - std::fabs(value)) > 1e-12 * std::fabs(value))
      return signed_digits(value, digits, number_style(lang), group);
  }
  int decimals = 0;
  for (; decimals < max_decimals; ++decimals) {
    std::string digits = plain_digits(value, decimals);
    double back = 0;
    std::from_chars(digits.data(), digits.data() + digits.size(), back);
    if (std::fabs(back - value) <= 1e-12 * std::fabs(value)) break;
  }
  return format_fixed(value, decimals, lang, group);
}

std::string format_like(double value, const PrintedNumber& printed, const std::string& lang) {
  if (std::isnan(value)) return "";
  NumberStyle style = number_style(lang);
  std::string out;
  switch (printed.style) {
    case PrintedNumber::Style::kPlain:
      out = signed_number(value, printed.decimals, style, true);
      break;
    case PrintedNumber::Style::kScientific:
      out = scientific(value, printed.decimals, style);
      break;
    case PrintedNumber::Style::kTimesPowerOfTen:
      out = signed_number(value / std::pow(10.0, printed.exponent), printed.decimals, style, true) +
            "\u00B710" + superscript(printed.exponent);
      break;
  }
  if (printed.percent && !out.empty()) out += style.percent_space + "%";
  return out;
}

}  // namespace qala
