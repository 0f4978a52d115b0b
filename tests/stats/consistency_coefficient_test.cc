#include <catch2/catch.hpp>

#include <cmath>

#include "core/error.h"
#include "stats/consistency_bounded.h"
#include "stats/consistency_coefficient.h"

using namespace qala::stats;

namespace {
Bounded printed(double value, double half_unit) { return Bounded::around(value, half_unit); }
const StarRule kEconometrics{{0.1, 0.05, 0.01}};
}  // namespace

TEST_CASE("interval arithmetic keeps every value the printed inputs allow", "[stats]") {
  Bounded a = printed(0.023, 0.0005), b = printed(0.006, 0.0005);
  Bounded q = a / b;
  CHECK(q.low == Approx(0.0225 / 0.0065));
  CHECK(q.high == Approx(0.0235 / 0.0055));
  Bounded d = a - b;
  CHECK(d.low == Approx(0.0225 - 0.0065));
  CHECK(d.high == Approx(0.0235 - 0.0055));
  Bounded m = printed(-2, 0.5) * printed(3, 0.5);
  CHECK(m.low == Approx(-2.5 * 3.5));
  CHECK(m.high == Approx(-1.5 * 2.5));
  // A divisor printed as 0.000 may be any small positive or negative number.
  Bounded unbounded = printed(1, 0.5) / printed(0, 0.0005);
  CHECK(std::isinf(unbounded.low));
  CHECK(std::isinf(unbounded.high));
  // A standard error cannot be negative: with [0, 0.0005] the quotient is a half-line.
  Bounded half_line = printed(1, 0.5) / Bounded{0.00025, 0, 0.0005};
  CHECK(half_line.low == Approx(0.5 / 0.0005));
  CHECK(std::isinf(half_line.high));
  Bounded straddle = absolute(printed(0.1, 0.5));
  CHECK(straddle.low == 0);
  CHECK(straddle.high == Approx(0.6));
}

TEST_CASE("t, p and stars follow from a printed coefficient and standard error", "[stats]") {
  PrintedCoefficient in{printed(0.023, 0.0005), printed(0.006, 0.0005), {}, {}, 3};
  auto check = check_coefficient(in, TestDistribution{70}, kEconometrics);
  CHECK(check.t.value == Approx(3.83333333333));                   // R 4.x: 0.023 / 0.006
  CHECK(check.t.low == Approx(3.46153846154));                     // R: 0.0225 / 0.0065
  CHECK(check.t.high == Approx(4.27272727273));                    // R: 0.0235 / 0.0055
  CHECK(check.p.value == Approx(0.00027324797882).epsilon(1e-9));  // R: 2 * pt(-0.023/0.006, 70)
  CHECK(check.p.low == Approx(5.9793280476e-05).epsilon(1e-9));    // R: 2 * pt(-0.0235/0.0055, 70)
  CHECK(check.p.high == Approx(0.000919591389242).epsilon(1e-9));  // R: 2*pt(-0.0225/0.0065, 70)
  CHECK(check.stars.low == 3);
  CHECK(check.stars.high == 3);
  CHECK(check.finding == 0);
}

TEST_CASE("confidence bounds use the t quantile with the residual df", "[stats]") {
  PrintedCoefficient in{printed(1.865, 0.0005), printed(0.763, 0.0005), {}, {}, 2};
  auto check = check_coefficient(in, TestDistribution{70}, kEconometrics, 0.95);
  CHECK(check.ci_lower.value == Approx(0.343244483719));  // R: 1.865 - qt(0.975, 70) * 0.763
  CHECK(check.ci_lower.low == Approx(0.341747265163));    // R: 1.8645 - qt(0.975,70) * 0.7635
  CHECK(check.ci_upper.high == Approx(3.38825273484));    // R: 1.8655 + qt(0.975,70) * 0.7635
  CHECK(check.p.value == Approx(0.017035235315).epsilon(1e-9));  // R: 2 * pt(-1.865/0.763, 70)
  CHECK(check.finding == 0);
}

TEST_CASE("a star that no rounding can explain is a significance error", "[stats]") {
  // Lee et al. (2024), Table 4, WLS.6, pop_grw: -13.004* (5.183).
  PrintedCoefficient in{printed(-13.004, 0.0005), printed(5.183, 0.0005), {}, {}, 1};
  auto check = check_coefficient(in, TestDistribution{70}, kEconometrics);
  CHECK(check.p.low == Approx(0.0144137266989).epsilon(1e-9));   // R: 2*pt(-13.0045/5.1825, 70)
  CHECK(check.p.high == Approx(0.0144390412241).epsilon(1e-9));  // R: 2*pt(-13.0035/5.1835, 70)
  CHECK(check.stars.low == 2);
  CHECK(check.stars.high == 2);
  CHECK(check.finding == kSignificanceError);
  // Two stars would have been right.
  in.stars = 2;
  CHECK(check_coefficient(in, TestDistribution{70}, kEconometrics).finding == 0);
}

TEST_CASE("a z test and a t test can disagree on the stars", "[stats]") {
  // Lee et al. (2024), Table 7, inno_per: -3242.704* (1961.737).
  PrintedCoefficient in{printed(-3242.704, 0.0005), printed(1961.737, 0.0005), {}, {}, 1};
  auto t70 = check_coefficient(in, TestDistribution{70}, kEconometrics);
  CHECK(t70.t.value == Approx(-1.6529759086));                 // R: -3242.704 / 1961.737
  CHECK(t70.p.value == Approx(0.102814324589).epsilon(1e-9));  // R: 2 * pt(t, 70)
  CHECK(t70.finding == kSignificanceError);
  auto z = check_coefficient(in, TestDistribution{}, kEconometrics);
  CHECK(z.p.value == Approx(0.0983357667249).epsilon(1e-9));  // R: 2 * pnorm(t)
  CHECK(z.finding == 0);
}

TEST_CASE("printed t and p are compared with what the coefficient and SE allow", "[stats]") {
  PrintedCoefficient in{printed(0.023, 0.0005), printed(0.006, 0.0005), {}, {}, {}};
  in.t = printed(3.46, 0.005);  // rounds into [3.4615, 4.2727]: consistent
  in.p = printed(0.001, 0.0005);
  CHECK(check_coefficient(in, TestDistribution{70}, StarRule{}).finding == 0);
  in.t = printed(4.30, 0.005);  // above 0.0235 / 0.0055
  CHECK(check_coefficient(in, TestDistribution{70}, StarRule{}).finding == kTError);
  in.t = printed(-3.83, 0.005);  // the sign is lost
  CHECK(check_coefficient(in, TestDistribution{70}, StarRule{}).finding == (kSignError | kTError));
  in.t.reset();
  in.p = printed(0.01, 0.005);  // above 2 * pt(-3.4615, 70) = 0.00092
  CHECK(check_coefficient(in, TestDistribution{70}, StarRule{}).finding == kPError);
}

TEST_CASE("an insignificant coefficient printed with few digits allows a range of stars",
          "[stats]") {
  // 0.002 (0.002): t anywhere in [0.0015/0.0025, 0.0025/0.0015] = [0.6, 1.667].
  PrintedCoefficient in{printed(0.002, 0.0005), printed(0.002, 0.0005), {}, {}, 0};
  auto check = check_coefficient(in, TestDistribution{70}, kEconometrics);
  CHECK(check.t.low == Approx(0.6));
  CHECK(check.t.high == Approx(0.0025 / 0.0015));
  CHECK(check.stars.low == 0);
  CHECK(check.stars.high == 0);  // R: 2 * pt(-0.0025 / 0.0015, 70) = 0.100049 > 0.1
  CHECK(check.finding == 0);
}

TEST_CASE("star rules are validated", "[stats]") {
  CHECK_THROWS_AS((StarRule{{0.01, 0.05}}.validate()), qala::MethodError);
  CHECK_THROWS_AS((StarRule{{1.5}}.validate()), qala::MethodError);
  CHECK(StarRule{}.stars(0.0499) == 1);
  CHECK(StarRule{}.stars(0.05) == 0);
  CHECK(StarRule{}.stars(0.0009) == 3);
}

TEST_CASE("a standard error printed as zero leaves t unbounded and any stars possible", "[stats]") {
  // 0.004 (0.000): the SE is somewhere in [0, 0.0005], so t >= 0.0035 / 0.0005 = 7.
  PrintedCoefficient in{printed(0.004, 0.0005), printed(0, 0.0005), {}, {}, 0};
  auto check = check_coefficient(in, TestDistribution{70}, StarRule{});
  CHECK(std::isinf(check.t.value));
  CHECK(check.t.low == Approx(7));
  CHECK(std::isinf(check.t.high));
  CHECK(check.p.low == 0);
  CHECK(check.stars.high == 3);
  // R: 2 * pt(-7, 70) = 1.2e-9 < 0.001, so fewer than three stars is impossible.
  CHECK(check.stars.low == 3);
  CHECK(check.finding == kSignificanceError);
  // 0.000 (0.000): nothing can be said.
  PrintedCoefficient zero{printed(0, 0.0005), printed(0, 0.0005), {}, {}, 0};
  auto none = check_coefficient(zero, TestDistribution{70}, StarRule{});
  CHECK(none.t.value == 0);
  CHECK(none.p.high == 1);
  CHECK(none.stars.low == 0);
  CHECK(none.finding == 0);
  CHECK_THROWS_AS(check_coefficient({printed(1, 0.5), printed(-1, 0.5), {}, {}, {}},
                                    TestDistribution{70}, StarRule{}),
                  qala::MethodError);
}

TEST_CASE("conditions over intervals say whether they hold always, possibly or never", "[stats]") {
  Bounded c = condition(true, false, true);
  CHECK(c.value == 1);
  CHECK(c.low == 0);
  CHECK(c.high == 1);
  CHECK(Bounded::around(1, 0.5).meets(1.5, 2));
  CHECK_FALSE(Bounded::around(1, 0.5).meets(1.51, 2));
}
