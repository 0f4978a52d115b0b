#include <catch2/catch.hpp>

#include "core/printed_number.h"

using namespace qala;

namespace {
PrintedNumber parse(const std::string& text) {
  std::string why;
  auto n = parse_printed_number(text, &why);
  INFO(text << ": " << why);
  REQUIRE(n.has_value());
  return *n;
}
}  // namespace

TEST_CASE("printed numbers keep their value and the interval their digits stand for") {
  auto r2 = parse("0,812194727");
  CHECK(r2.value == Approx(0.812194727).epsilon(1e-15));
  CHECK(r2.decimals == 9);
  CHECK(r2.half_unit() == Approx(5e-10));

  auto grouped = parse("1 088 901,2");
  CHECK(grouped.value == Approx(1088901.2));
  CHECK(grouped.half_unit() == Approx(0.05));

  auto nbsp = parse(
      "71\xC2\xA0"
      "736,52");
  CHECK(nbsp.value == Approx(71736.52));

  auto sci = parse("7,6194E+12");
  CHECK(sci.value == Approx(7.6194e12));
  CHECK(sci.half_unit() == Approx(0.00005e12));

  auto times = parse("2 \xC2\xB7 10^6");
  CHECK(times.value == Approx(2e6));
  CHECK(times.half_unit() == Approx(0.5e6));

  auto power = parse("10^8");
  CHECK(power.value == Approx(1e8));

  auto latex = parse("496 \\cdot 10^{6}");
  CHECK(latex.value == Approx(496e6));

  CHECK(parse("-34,4").value == Approx(-34.4));
  CHECK(parse("\xE2\x88\x92"
              "155932,8105")
            .value == Approx(-155932.8105));
  CHECK(parse("11,6%").percent);
}

TEST_CASE("texts that are not numbers are refused with what was expected") {
  std::string why;
  CHECK_FALSE(parse_printed_number("24,\xC2\xBB", &why).has_value());
  CHECK(why.find("expected") != std::string::npos);
  CHECK_FALSE(parse_printed_number("", &why).has_value());
  CHECK_FALSE(parse_printed_number("1,2,3", &why).has_value());
  CHECK_FALSE(parse_printed_number("2 10^6", &why).has_value());
}
