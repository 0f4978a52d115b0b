#include <catch2/catch.hpp>
#include <cmath>

#include "core/error.h"
#include "stats/breusch_pagan.h"
#include "stats/stars.h"
#include "stats/vif.h"

using namespace qala::stats;

namespace {

Approx rel(double expected) { return Approx(expected).epsilon(1e-9); }

// The generated data of tests/reference/regression_reference.R ("Priority-2 methods").
struct Data {
  Eigen::MatrixXd x{40, 3};
  Eigen::VectorXd y{40};
  Eigen::MatrixXd lab{40, 1};
  Data() {
    for (int i = 1; i <= 40; ++i) {
      const int g = i % 5;
      const double x1 = std::sin(i) * 3 + i / 10.0;
      const double x2 = (i % 7) + std::cos(i);
      x.row(i - 1) << x1, x2, x1 * 0.5 + std::cos(i * 1.7);
      lab(i - 1, 0) = 0.5 + g * 0.3 + 0.1 * std::sin(3 * i) * (1 + g);
      y(i - 1) = 2 + 1.5 * x1 - 0.7 * x2 + (1 + g) * std::sin(2.3 * i);
    }
    y(6) += 15;
    y(22) -= 12;
  }
};

}  // namespace

// lmtest is not installed with R here: the expected values come from the test's definition
// computed by hand in R 4.2.2 (tests/reference/regression_reference.R, "Breusch-Pagan by hand").
TEST_CASE("Breusch-Pagan, Koenker and original variants, match R by definition", "[stats]") {
  Data d;
  Eigen::MatrixXd x = d.x.leftCols(2);
  BreuschPagan k = breusch_pagan(x, d.y, {"x1", "x2"}, BreuschPaganVariant::kKoenker);
  CHECK(k.statistic == rel(1.70487981334259));
  CHECK(k.df == 2);
  CHECK(k.p == rel(0.426373350602216));
  BreuschPagan o = breusch_pagan(x, d.y, {"x1", "x2"}, BreuschPaganVariant::kOriginal);
  CHECK(o.statistic == rel(5.25116309949851));
  CHECK(o.p == rel(0.0723976419589049));
  // Variance depending on another variable (paper 002 names 'lab').
  BreuschPagan l = breusch_pagan(x, d.y, {"x1", "x2"}, BreuschPaganVariant::kKoenker, d.lab);
  CHECK(l.statistic == rel(1.6355004849109));
  CHECK(l.df == 1);
  CHECK(l.p == rel(0.200943939075472));
}

TEST_CASE("variance inflation factors match auxiliary regressions in R", "[stats]") {
  Data d;
  Eigen::VectorXd vif = variance_inflation_factors(d.x, {"x1", "x2", "x3"});
  CHECK(vif(0) == rel(3.9123360074857));  // R 1 / (1 - summary(lm(x1 ~ x2 + x3))$r.squared)
  CHECK(vif(1) == rel(1.00527469758927));
  CHECK(vif(2) == rel(3.90403253898943));
  CHECK_THROWS_AS(variance_inflation_factors(d.x.leftCols(1), {"x1"}), qala::MethodError);
}

TEST_CASE("significance stars follow a configurable rule", "[stats]") {
  CHECK(significance_stars(0.0005, default_star_levels()) == 3);
  CHECK(significance_stars(0.01, default_star_levels()) == 1);  // p < level, not <=
  CHECK(significance_stars(0.2, default_star_levels()) == 0);
  const std::vector<double> econometric{0.1, 0.05, 0.01};
  CHECK(significance_stars(0.0761081095942685, econometric) == 1);  // Figure 9 b0
  CHECK(significance_stars(0.0182271864223049, econometric) == 2);  // Figure 9 b1
  CHECK_THROWS_AS(significance_stars(0.5, {0.01, 0.05}), qala::MethodError);
  CHECK_THROWS_AS(significance_stars(0.5, {1.5}), qala::MethodError);
}
