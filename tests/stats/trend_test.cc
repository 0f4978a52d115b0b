#include <catch2/catch.hpp>
#include <string>

#include "core/error.h"
#include "stats/trend.h"

using namespace qala::stats;

namespace {

Approx rel(double expected) { return Approx(expected).epsilon(1e-10); }

// Borbasova et al. (2021), Table 4: volume of innovative products, Karaganda, t = 1..10.
Eigen::VectorXd table4_t() { return Eigen::VectorXd::LinSpaced(10, 1, 10); }
Eigen::VectorXd table4_y() {
  Eigen::VectorXd y(10);
  y << 14897.7, 14388.6, 30891.5, 53731.2, 21578.1, 18442.5, 31327.2, 32048, 54778, 74007;
  return y;
}

}  // namespace

// Expected values: R 4.2.2 lm() in tests/reference/regression_reference.R.
TEST_CASE("linear and logarithmic trends of paper 004 Table 4 match R", "[stats]") {
  TrendFit lin = fit_trend(table4_t(), table4_y(), TrendFamily::kLinear);
  REQUIRE(lin.coefficients.size() == 2);
  CHECK(lin.coefficients[0] == rel(9604.16666666667));  // R lm(y ~ t)
  CHECK(lin.coefficients[1] == rel(4546.3296969697));
  CHECK(lin.r2 == rel(0.475734223117912));
  CHECK(lin.r == rel(0.689734893359697));  // paper prints R = 0,69
  CHECK(lin.n == 10);

  TrendFit lg = fit_trend(table4_t(), table4_y(), TrendFamily::kLogarithmic);
  CHECK(lg.coefficients[0] == rel(9062.17532857733));  // R lm(y ~ log(t))
  CHECK(lg.coefficients[1] == rel(16913.4711779267));
  CHECK(lg.r2 == rel(0.385951581992374));  // paper prints R^2 = 0,62 (that is R)
}

TEST_CASE("exponential and power trends fit on the log scale as a spreadsheet does", "[stats]") {
  TrendFit ex = fit_trend(table4_t(), table4_y(), TrendFamily::kExponential);
  CHECK(ex.coefficients[0] == rel(14282.0498569554));   // R exp(coef(lm(log(y) ~ t))[1])
  CHECK(ex.coefficients[1] == rel(0.134501628529716));  // paper: 14282 e^{0,1345 t}
  CHECK(ex.r2 == rel(0.514701491579129));
  CHECK(ex.r == rel(0.717426993901908));
  CHECK(evaluate_trend(TrendFamily::kExponential, ex.coefficients, 12) == rel(71738.1752637778));

  TrendFit pw = fit_trend(table4_t(), table4_y(), TrendFamily::kPower);
  CHECK(pw.coefficients[0] == rel(13330.884055007));    // R exp(coef(lm(log(y) ~ log(t)))[1])
  CHECK(pw.coefficients[1] == rel(0.535392551229097));  // paper: 13331 t^{0,5354}
  CHECK(pw.r2 == rel(0.478046101354176));
}

TEST_CASE("polynomial trends of any degree match R", "[stats]") {
  TrendFit p2 = fit_trend(table4_t(), table4_y(), TrendFamily::kPolynomial, 2);
  REQUIRE(p2.coefficients.size() == 3);
  CHECK(p2.coefficients[0] == rel(25734.525));  // R lm(y ~ t + I(t^2)); paper 25735
  CHECK(p2.coefficients[1] == rel(-3518.84946969697));
  CHECK(p2.coefficients[2] == rel(733.198106060606));
  CHECK(p2.r2 == rel(0.554923282228469));
  CHECK(evaluate_trend(TrendFamily::kPolynomial, p2.coefficients, 12) == rel(89088.8586363636));

  TrendFit p3 = fit_trend(table4_t(), table4_y(), TrendFamily::kPolynomial, 3);
  REQUIRE(p3.coefficients.size() == 4);
  CHECK(p3.coefficients[0] == rel(-17745.6866666665));  // R lm(y ~ t + I(t^2) + I(t^3))
  CHECK(p3.coefficients[1] == rel(35045.7671717171));
  CHECK(p3.coefficients[2] == rel(-7628.38106060604));
  CHECK(p3.coefficients[3] == rel(506.762373737373));
  CHECK(p3.r2 == rel(0.77622618149018));
}

TEST_CASE("printed trend coefficients evaluate as the paper's forecast", "[stats]") {
  // Paper 004 equation (6): 14282 e^{0,1345 * 12} = 71 736,52; R gives 71736.5229198403.
  CHECK(evaluate_trend(TrendFamily::kExponential, {14282, 0.1345}, 12) == rel(71736.5229198403));
  CHECK(evaluate_trend(TrendFamily::kLinear, {1, 2}, 3) == 7);
  CHECK(evaluate_trend(TrendFamily::kPower, {2, 0.5}, 9) == rel(6));
  CHECK_THROWS_AS(evaluate_trend(TrendFamily::kLinear, {1, 2, 3}, 3), qala::MethodError);
}

TEST_CASE("trend fits refuse logarithms of non-positive values, naming the value", "[stats]") {
  Eigen::VectorXd t = table4_t();
  Eigen::VectorXd y = table4_y();
  y(4) = -3.5;
  try {
    fit_trend(t, y, TrendFamily::kExponential);
    FAIL("expected a MethodError");
  } catch (const qala::MethodError& e) {
    CHECK(std::string(e.what()).find("-3.5") != std::string::npos);
    CHECK(std::string(e.what()).find("observation 5") != std::string::npos);
  }
  Eigen::VectorXd t0 = Eigen::VectorXd::LinSpaced(10, 0, 9);
  CHECK_THROWS_WITH(fit_trend(t0, table4_y(), TrendFamily::kLogarithmic), Catch::Contains("t = 0"));
  CHECK_THROWS_AS(fit_trend(t0, table4_y(), TrendFamily::kPower), qala::MethodError);
  CHECK_NOTHROW(fit_trend(t0, table4_y(), TrendFamily::kLinear));
}

TEST_CASE("trend degenerate inputs", "[stats]") {
  Eigen::VectorXd t = Eigen::VectorXd::LinSpaced(3, 1, 3);
  Eigen::VectorXd y(3);
  y << 1, 4, 9;
  CHECK_THROWS_AS(fit_trend(t, y, TrendFamily::kPolynomial, 3), qala::MethodError);  // 4 > 3 points
  CHECK_THROWS_AS(fit_trend(t, y, TrendFamily::kPolynomial, 0), qala::MethodError);
  Eigen::VectorXd flat = Eigen::VectorXd::Constant(3, 2.0);
  CHECK_THROWS_AS(fit_trend(t, flat, TrendFamily::kLinear), qala::MethodError);
  Eigen::VectorXd same_t = Eigen::VectorXd::Constant(3, 5.0);
  CHECK_THROWS_WITH(fit_trend(same_t, y, TrendFamily::kLinear), Catch::Contains("constant"));
  // Exact fit with as many points as coefficients is allowed, as in a spreadsheet.
  TrendFit exact = fit_trend(t, y, TrendFamily::kPolynomial, 2);
  CHECK(exact.coefficients[2] == rel(1));
  CHECK(exact.r2 == rel(1));
}

TEST_CASE("trend family names round-trip", "[stats]") {
  for (const auto& name : trend_family_names()) {
    auto family = parse_trend_family(name);
    REQUIRE(family);
    CHECK(trend_family_name(*family) == name);
  }
  CHECK_FALSE(parse_trend_family("cubic"));
}

TEST_CASE("polynomial trends on calendar years do not lose terms to collinearity", "[stats]") {
  // Raw powers of 2010..2019 are collinear to double precision from degree 5; the fit works on
  // centred, scaled t, and R^2 is invariant to the shift. R 4.2.2 lm() on t = 1..10.
  const Eigen::VectorXd years = Eigen::VectorXd::LinSpaced(10, 2010, 2019);
  TrendFit p3 = fit_trend(years, table4_y(), TrendFamily::kPolynomial, 3);
  CHECK(p3.r2 == rel(0.77622618149018));
  TrendFit p5 = fit_trend(years, table4_y(), TrendFamily::kPolynomial, 5);
  CHECK(p5.coefficients.size() == 6);
  CHECK(p5.r2 == rel(0.85691694915621));
  // Degree 2 on years: the same curve, so the same forecast as t = 12 on 1..10 (R predict()).
  TrendFit p2 = fit_trend(years, table4_y(), TrendFamily::kPolynomial, 2);
  CHECK(evaluate_trend(TrendFamily::kPolynomial, p2.coefficients, 2021) ==
        Approx(89088.8586363636).epsilon(1e-9));
}
