#pragma once
#include <string>

#include "core/printed_number.h"

namespace qala {

/// How a language writes numbers: the decimal mark and the digit-group separator.
/// en: "1,088,901.2"; ru and kk: "1 088 901,2" with a narrow no-break space (U+202F).
struct NumberStyle {
  std::string decimal_mark;
  std::string group_separator;
  /// Put between a number and a following "%" (empty in English).
  std::string percent_space;
};

/// The style of language `lang`; languages other than ru and kk write numbers as English does.
const NumberStyle& number_style(const std::string& lang);

/// `value` rounded to `decimals` digits after the mark, digits grouped by three when `group`.
/// Negative numbers use the minus sign U+2212; NaN gives "" (a missing value).
std::string format_fixed(double value, int decimals, const std::string& lang, bool group = true);

/// `value` with as few decimals as represent it (at most `max_decimals`), e.g. 14897.7 ->
/// "14,897.7", 32048 -> "32,048". Used for data cells, whose printed digits are not kept.
std::string format_shortest(double value, const std::string& lang, bool group = true,
                            int max_decimals = 10);

/// `value` written the way `printed` is written (same decimals, same notation: plain,
/// "7.6194E+12" or "496·10⁶", a trailing "%"), in the style of `lang`, so that it can be
/// compared digit by digit with the published text.
std::string format_like(double value, const PrintedNumber& printed, const std::string& lang);

}  // namespace qala
