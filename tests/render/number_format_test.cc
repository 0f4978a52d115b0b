#include <catch2/catch.hpp>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include "render/number_format.h"

using namespace qala;

namespace {

PrintedNumber printed(const std::string& text) {
  auto p = parse_printed_number(text, nullptr);
  REQUIRE(p);
  return *p;
}

const std::string kNnbsp = "\u202F";

}  // namespace

TEST_CASE("English groups digits with commas and uses a decimal point", "[render]") {
  CHECK(format_fixed(1088901.231, 1, "en") == "1,088,901.2");
  CHECK(format_fixed(541886.7527, 4, "en") == "541,886.7527");
  CHECK(format_fixed(999.5, 0, "en") == "1,000");
  CHECK(format_fixed(12, 0, "en") == "12");
  CHECK(format_fixed(2019, 0, "en", /*group=*/false) == "2019");
}

TEST_CASE("Russian and Kazakh use a decimal comma and narrow no-break spaces", "[render]") {
  for (const char* lang : {"ru", "kk"}) {
    CHECK(format_fixed(1088901.231, 1, lang) == "1" + kNnbsp + "088" + kNnbsp + "901,2");
    CHECK(format_fixed(0.812194727, 9, lang) == "0,812194727");
    CHECK(format_fixed(400265192, 0, lang) == "400" + kNnbsp + "265" + kNnbsp + "192");
  }
}

TEST_CASE("negative numbers take a minus sign, and a rounded zero takes none", "[render]") {
  CHECK(format_fixed(-155932.8105, 1, "en") ==
        "\u2212"
        "155,932.8");
  CHECK(format_fixed(-27.82614527, 5, "ru") ==
        "\u2212"
        "27,82615");
  CHECK(format_fixed(-0.00004, 2, "en") == "0.00");
}

TEST_CASE("a missing value is written as nothing", "[render]") {
  CHECK(format_fixed(std::nan(""), 2, "en").empty());
  CHECK(format_shortest(std::nan(""), "kk").empty());
}

TEST_CASE("data cells keep as few decimals as the value needs", "[render]") {
  CHECK(format_shortest(14897.7, "en") == "14,897.7");
  CHECK(format_shortest(32048, "en") == "32,048");
  CHECK(format_shortest(1.6, "ru") == "1,6");
  CHECK(format_shortest(2019, "ru", /*group=*/false) == "2019");
}

TEST_CASE("a computed value is written with the printed digits", "[render]") {
  // Inputs are chosen values, not results: this tests only the writing of a number.
  CHECK(format_like(0.8121947270, printed("0,812194727"), "ru") == "0,812194727");
  CHECK(format_like(0.8121947270, printed("0,812194727"), "en") == "0.812194727");
  CHECK(format_like(1088901.2312, printed("1 088 901,2"), "kk") ==
        "1" + kNnbsp + "088" + kNnbsp + "901,2");
  CHECK(format_like(0.73, printed("0,73"), "en") == "0.73");
}

TEST_CASE("E-notation is written in the same style", "[render]") {
  CHECK(format_like(7.619400123e12, printed("7,6194E+12"), "ru") == "7,6194E+12");
  CHECK(format_like(7.619400123e12, printed("7,6194E+12"), "en") == "7.6194E+12");
  CHECK(format_like(1.761852e12, printed("1,76185E+12"), "en") == "1.76185E+12");
  // Rounding that carries into a new digit moves the exponent.
  CHECK(format_like(9.99996e5, printed("1,0000E+06"), "en") == "1.0000E+06");
  CHECK(format_like(0.000123, printed("1,2E-04"), "en") == "1.2E-04");
}

TEST_CASE("powers of ten keep the printed exponent, in superscript", "[render]") {
  CHECK(format_like(496e6, printed("496·10^6"), "en") == "496\u00B710\u2076");
  CHECK(format_like(2.4e6, printed("2·10^6"), "ru") == "2\u00B710\u2076");
  CHECK(format_like(1.2e8, printed("10^8"), "en") == "1\u00B710\u2078");
}

TEST_CASE("a percentage keeps its sign", "[render]") {
  CHECK(format_like(7.43, printed("7,4%"), "en") == "7.4%");
  CHECK(format_like(7.43, printed("7,4%"), "ru") == "7,4" + kNnbsp + "%");
}

TEST_CASE("format_shortest uses the fewest decimals that give the value back", "[render]") {
  // The reference tries 0, 1, ... decimals with printf and strtod, as the rule says: the first
  // count whose text reads back within 1e-12 of the value, else max_decimals.
  auto reference = [](double value, const std::string& lang, bool group, int max_decimals) {
    int decimals = 0;
    for (; decimals < max_decimals; ++decimals) {
      char text[400];
      std::snprintf(text, sizeof text, "%.*f", decimals, value);
      if (std::fabs(std::strtod(text, nullptr) - value) <= 1e-12 * std::fabs(value)) break;
    }
    return format_fixed(value, decimals, lang, group);
  };
  std::mt19937_64 random(7);
  std::vector<double> values = {
      0,    -0.0,   1e8,  99999999.99, 123456789.0001, 1e-5, 0.30000000000000004,
      -2.5, 478.52, 1e15, -1e20};
  for (int i = 0; i < 100000; ++i) {
    int scale = std::uniform_int_distribution<int>(0, 6)(random);
    double whole = static_cast<double>(
        std::uniform_int_distribution<long>(-10000000000000, 10000000000000)(random) >>
        std::uniform_int_distribution<int>(0, 40)(random));
    values.push_back(whole / std::pow(10.0, scale));
    values.push_back(std::uniform_real_distribution<double>(-1e9, 1e9)(random));
    values.push_back(std::uniform_real_distribution<double>(-1, 1)(random));
  }
  std::string first_difference;
  for (double v : values)
    for (int max_decimals : {0, 2, 4, 6})
      for (const char* lang : {"en", "ru"}) {
        std::string got = format_shortest(v, lang, true, max_decimals);
        std::string want = reference(v, lang, true, max_decimals);
        if (got != want && first_difference.empty())
          first_difference = std::to_string(v) + " " + std::to_string(max_decimals) + " " + lang +
                             ": " + got + " vs " + want;
      }
  CHECK(first_difference == "");
}
