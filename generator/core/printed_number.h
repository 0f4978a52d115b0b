#pragma once
#include <optional>
#include <string>

namespace qala {

/// A number as a paper prints it: "0,812194727", "1 088 901,2", "7,6194E+12", "2·10^6", "10^8".
/// The printed digits define an interval: the value is reproduced by anything that rounds to it.
struct PrintedNumber {
  enum class Style { kPlain, kScientific, kTimesPowerOfTen };

  std::string text;
  double value = 0;
  /// Digits after the decimal mark in the mantissa.
  int decimals = 0;
  /// Power of ten the mantissa is multiplied by (0 for plain numbers).
  int exponent = 0;
  Style style = Style::kPlain;
  bool percent = false;

  /// Half a unit in the last printed digit: the radius of the interval the text stands for.
  double half_unit() const;
};

/// Parses a printed number (decimal comma or point, spaces or no-break spaces between digit
/// groups, Unicode minus, "E±k", "·10^k", trailing "%"). Returns nothing when the text is not a
/// number; `why` then says what was expected.
std::optional<PrintedNumber> parse_printed_number(const std::string& text, std::string* why);

}  // namespace qala
