#include "core/printed_number.h"

#include <cmath>
#include <cstdlib>

namespace qala {
namespace {

/// Removes the separators papers put between digit groups: ASCII space, no-break space
/// (U+00A0), thin space (U+2009) and narrow no-break space (U+202F).
std::string strip_group_separators(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == ' ') {
      ++i;
    } else if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
      i += 2;
    } else if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
               (static_cast<unsigned char>(s[i + 2]) == 0x89 ||
                static_cast<unsigned char>(s[i + 2]) == 0xAF)) {
      i += 3;
    } else {
      out += s[i++];
    }
  }
  return out;
}

void replace_all(std::string& s, const std::string& from, const std::string& to) {
  for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
    s.replace(at, from.size(), to);
}

/// Reads "[-]digits[,digits]" from the whole of `s`; sets decimals.
bool parse_mantissa(const std::string& s, double* value, int* decimals) {
  if (s.empty()) return false;
  size_t i = 0;
  std::string plain;
  if (s[0] == '-' || s[0] == '+') plain += s[i++];
  bool digits = false, mark = false;
  *decimals = 0;
  for (; i < s.size(); ++i) {
    char c = s[i];
    if (c >= '0' && c <= '9') {
      plain += c;
      digits = true;
      if (mark) ++*decimals;
    } else if ((c == ',' || c == '.') && !mark) {
      plain += '.';
      mark = true;
    } else {
      return false;
    }
  }
  if (!digits) return false;
  *value = std::strtod(plain.c_str(), nullptr);
  return true;
}

bool parse_exponent(const std::string& s, int* exponent) {
  if (s.empty()) return false;
  size_t i = (s[0] == '-' || s[0] == '+') ? 1 : 0;
  if (i == s.size()) return false;
  for (size_t j = i; j < s.size(); ++j)
    if (s[j] < '0' || s[j] > '9') return false;
  *exponent = std::atoi(s.c_str());
  return true;
}

}  // namespace

double PrintedNumber::half_unit() const { return 0.5 * std::pow(10.0, exponent - decimals); }

std::optional<PrintedNumber> parse_printed_number(const std::string& text, std::string* why) {
  PrintedNumber out;
  out.text = text;
  std::string s = strip_group_separators(text);
  replace_all(s, "\xE2\x88\x92", "-");  // U+2212 minus sign
  replace_all(s, "\\cdot", "*");
  replace_all(s, "\xC2\xB7", "*");  // U+00B7 middle dot
  replace_all(s, "\xC3\x97", "*");  // U+00D7 multiplication sign
  replace_all(s, "{", "");
  replace_all(s, "}", "");
  if (!s.empty() && s.back() == '%') {
    out.percent = true;
    s.pop_back();
  }
  auto fail = [&](const char* expected) -> std::optional<PrintedNumber> {
    if (why) *why = expected;
    return std::nullopt;
  };
  if (s.empty()) return fail("expected a printed number, found an empty text");

  size_t power = s.find("10^");
  size_t e = s.find_first_of("Ee");
  if (power != std::string::npos) {
    out.style = PrintedNumber::Style::kTimesPowerOfTen;
    if (!parse_exponent(s.substr(power + 3), &out.exponent))
      return fail("expected digits after '10^' in a printed number such as '2·10^6'");
    std::string head = s.substr(0, power);
    double mantissa = 1;
    if (head.empty() || head == "-") {
      out.decimals = 0;
      if (head == "-") mantissa = -1;
    } else {
      if (head.back() != '*')
        return fail("expected '·' between the mantissa and '10^' in a number such as '2·10^6'");
      head.pop_back();
      if (!parse_mantissa(head, &mantissa, &out.decimals))
        return fail("expected a number such as '2·10^6' or '10^8'");
    }
    out.value = mantissa * std::pow(10.0, out.exponent);
  } else if (e != std::string::npos) {
    out.style = PrintedNumber::Style::kScientific;
    double mantissa = 0;
    if (!parse_mantissa(s.substr(0, e), &mantissa, &out.decimals) ||
        !parse_exponent(s.substr(e + 1), &out.exponent))
      return fail("expected a number in scientific notation such as '7,6194E+12'");
    out.value = mantissa * std::pow(10.0, out.exponent);
  } else if (!parse_mantissa(s, &out.value, &out.decimals)) {
    return fail("expected a printed number such as '0,812194727' or '1 088 901,2'");
  }
  return out;
}

}  // namespace qala
