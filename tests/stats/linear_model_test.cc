#include <catch2/catch.hpp>
#include <cmath>
#include <string>

#include "core/error.h"
#include "stats/linear_model.h"

using namespace qala::stats;

namespace {

Approx rel(double expected) { return Approx(expected).epsilon(1e-9); }

// Borbasova et al. (2021), Table 6, 2011-2019: GRP, mining and quarrying, innovative products.
struct Figure9Data {
  Eigen::MatrixXd x{9, 2};
  Eigen::VectorXd y{9};
  Figure9Data() {
    y << 2387705.2, 2446510.3, 2621888.8, 2899976.8, 3107085.6, 3712055.9, 4284362.6, 4734402.0,
        5388260.6;
    x << 134426171, 14388.6, 134653117, 30891.5, 193647709, 53731.2, 281371474, 21578.1, 159861739,
        18442.5, 209385885, 31327.2, 287805257, 32048, 355034682, 54778, 400265192, 74007;
  }
};

// Deterministic generated data, rebuilt identically in regression_reference.R.
struct GeneratedData {
  Eigen::MatrixXd x{25, 3};
  Eigen::VectorXd y{25};
  GeneratedData() {
    for (int i = 1; i <= 25; ++i) {
      double g1 = std::sin(i) * 10 + i / 3.0;
      double g2 = std::cos(i * 0.7) * 5 + (i % 4);
      double g3 = std::sqrt(i) * 2 - (i % 3);
      x.row(i - 1) << g1, g2, g3;
      y(i - 1) = 3.5 + 1.25 * g1 - 0.8 * g2 + 2.1 * g3 + std::sin(i * 1.3) * 2;
    }
  }
};

void check_coefficient(const CoefficientEstimate& c, double est, double se, double t, double p,
                       double lower, double upper) {
  INFO("coefficient " << c.name);
  CHECK(c.estimate == rel(est));
  CHECK(c.standard_error == rel(se));
  CHECK(c.t == rel(t));
  CHECK(c.p == rel(p));
  CHECK(c.lower95 == rel(lower));
  CHECK(c.upper95 == rel(upper));
}

}  // namespace

// Expected values: R 4.2.2 lm()/summary()/confint() in tests/reference/regression_reference.R.
TEST_CASE("OLS reproduces paper 004 Figure 9 (GRP on mining and innovation)", "[stats]") {
  Figure9Data d;
  LinearModel m = fit_linear_model(d.x, d.y, {"b0", "b1", "b2"});
  CHECK(m.multiple_r == rel(0.90121846794917));
  CHECK(m.r2 == rel(0.812194726972648));  // paper: 0,812194727
  CHECK(m.adjusted_r2 == rel(0.749592969296865));
  CHECK(m.standard_error == rel(541886.752690322));
  CHECK(m.observations == 9);
  CHECK(m.regression.df == 2);
  CHECK(m.regression.ss == rel(7619398750215.99));
  CHECK(m.regression.ms == rel(7619398750215.99 / 2));
  CHECK(m.f == rel(12.973992378601));
  CHECK(m.significance_f == rel(0.00662404608833931));
  CHECK(m.residual.df == 6);
  CHECK(m.residual.ss == rel(1761847516447.57));
  CHECK(m.residual.ms == rel(293641252741.262));
  CHECK(m.total.df == 8);
  CHECK(m.total.ss == rel(9381246266663.56));
  REQUIRE(m.coefficients.size() == 3);
  CHECK(m.coefficients[0].name == "b0");
  check_coefficient(m.coefficients[0], 1088901.23104784, 508736.774061334, 2.14040204397837,
                    0.0761081095942685, -155932.810516096, 2333735.27261178);
  check_coefficient(m.coefficients[1], 0.0091635493251776, 0.00284930222818591, 3.21606786199435,
                    0.0182271864223049, 0.00219155793553573, 0.0161355407148195);
  check_coefficient(m.coefficients[2], 6.10337488055634, 13.8662617279994, 0.440160080653326,
                    0.675234480941834, -27.8261452727632, 40.0328950338759);
  Eigen::Vector2d at(496e6, 71736.52);
  CHECK(predict(m, at) == rel(6071856.57052246));  // R predict()
}

TEST_CASE("OLS with three predictors on generated data matches R", "[stats]") {
  GeneratedData d;
  LinearModel m = fit_linear_model(d.x, d.y, {"intercept", "g1", "g2", "g3"});
  CHECK(m.r2 == rel(0.983837957943582));
  CHECK(m.adjusted_r2 == rel(0.981529094792665));
  CHECK(m.standard_error == rel(1.5413812088227));
  CHECK(m.f == rel(426.113586486447));
  CHECK(m.significance_f == rel(5.80853989991306e-19));
  CHECK(m.total.ss == rel(3087.04657957089));
  check_coefficient(m.coefficients[0], 3.6985127301207, 0.824190474089304, 4.48744901378216,
                    0.000202600592806206, 1.98451480951191, 5.41251065072949);
  check_coefficient(m.coefficients[1], 1.26950864833487, 0.0442053502657354, 28.7184388474102,
                    2.44292888186414e-18, 1.17757858991121, 1.36143870675853);
  check_coefficient(m.coefficients[2], -0.76006294038667, 0.0867970131155449, -8.75678681909098,
                    1.87701011553801e-08, -0.940567210542767, -0.579558670230573);
  check_coefficient(m.coefficients[3], 2.05478310051723, 0.12817212624373, 16.0314349206464,
                    2.96418895209068e-13, 1.78823457227258, 2.32133162876187);
}

TEST_CASE("OLS without intercept uses uncentred sums of squares as R does", "[stats]") {
  GeneratedData d;
  LinearModel m = fit_linear_model(d.x, d.y, {"g1", "g2", "g3"}, false);
  CHECK(m.r2 == rel(0.992716845924329));  // R lm(gy ~ 0 + g1 + g2 + g3)
  CHECK(m.adjusted_r2 == rel(0.991723688550374));
  CHECK(m.standard_error == rel(2.10773533691422));
  CHECK(m.regression.df == 3);
  CHECK(m.residual.df == 22);
  CHECK(m.total.df == 25);
  CHECK(m.regression.ss == rel(13321.7330991065));
  CHECK(m.total.ss == rel(13419.469160617));
  CHECK(m.f == rel(999.556436832286));
  CHECK(m.significance_f == rel(1.17918775123207e-23));
  check_coefficient(m.coefficients[0], 1.29115675803265, 0.0600868211201096, 21.4881854949809,
                    2.95760875831836e-16, 1.16654431797569, 1.41576919808961);
  check_coefficient(m.coefficients[2], 2.5683861752579, 0.0788921079054144, 32.5556794392818,
                    4.17441128568241e-20, 2.40477395740269, 2.73199839311312);
}

TEST_CASE("OLS refuses degenerate designs with a clear message", "[stats]") {
  GeneratedData d;
  SECTION("collinear columns are named") {
    Eigen::MatrixXd x(25, 4);
    x << d.x, d.x.col(0) * 2 - d.x.col(2);
    try {
      fit_linear_model(x, d.y, {"intercept", "g1", "g2", "g3", "combo"});
      FAIL("expected a MethodError");
    } catch (const qala::MethodError& e) {
      std::string what = e.what();
      CHECK(what.find("collinear") != std::string::npos);
      // The pivoted QR drops one of the three dependent columns.
      bool named = what.find("'combo'") != std::string::npos ||
                   what.find("'g1'") != std::string::npos || what.find("'g3'") != std::string::npos;
      CHECK(named);
    }
  }
  SECTION("a constant column repeats the intercept") {
    Eigen::MatrixXd x(25, 2);
    x << d.x.col(0), Eigen::VectorXd::Constant(25, 7.0);
    CHECK_THROWS_WITH(fit_linear_model(x, d.y, {"intercept", "g1", "seven"}),
                      Catch::Contains("'seven' is constant"));
  }
  SECTION("n <= number of coefficients") {
    Eigen::MatrixXd x = d.x.topRows(4);
    Eigen::VectorXd y = d.y.head(4);
    CHECK_THROWS_WITH(fit_linear_model(x, y, {"intercept", "g1", "g2", "g3"}),
                      Catch::Contains("too few observations"));
  }
  SECTION("missing values") {
    Eigen::MatrixXd x = d.x;
    x(6, 1) = std::nan("");
    CHECK_THROWS_WITH(fit_linear_model(x, d.y, {"intercept", "g1", "g2", "g3"}),
                      Catch::Contains("'g2'") && Catch::Contains("observation 7"));
  }
  SECTION("constant response") {
    Eigen::VectorXd y = Eigen::VectorXd::Constant(25, 1.5);
    CHECK_THROWS_WITH(fit_linear_model(d.x, y, {"intercept", "g1", "g2", "g3"}),
                      Catch::Contains("constant"));
  }
  SECTION("wrong number of names") {
    CHECK_THROWS_AS(fit_linear_model(d.x, d.y, {"g1", "g2", "g3"}), qala::MethodError);
  }
}

TEST_CASE("OLS agrees with R on both sides of the double / long double condition threshold",
          "[stats]") {
  // x2 = x1 + d * wiggle: the centred, unit-length design's condition number (1-norm, of R) is 18
  // for d = 1 (the double QR path) and 1.6e6 for d = 1e-5 (above 1e3: the long double pivoted QR
  // path). Expected values: R lm(), tests/reference/least_squares_paths_reference.R.
  struct Expected {
    double d;
    double b[3], se[3];
  };
  const Expected cases[] = {
      {1.0,
       {0.999999999999999, 2.0124999999999988, -3.012499999999998},
       {0.01816623834494735, 0.013049094197216992, 0.012857537464829323}},
      {1e-5,
       {0.9999999999998086, 1252.0000000853388, -1253.000000085339},
       {0.01816623834493146, 1285.7538430207139, 1285.7537465279145}},
  };
  for (const Expected& c : cases) {
    const int n = 40;
    Eigen::MatrixXd x(n, 2);
    Eigen::VectorXd y(n);
    for (int i = 0; i < n; ++i) {
      const double t = i - 20, wiggle = (i * 7) % 5 - 2;
      x(i, 0) = t;
      x(i, 1) = t + c.d * wiggle;
      y(i) = 1 + 2 * x(i, 0) - 3 * x(i, 1);
    }
    y(3) += 0.5;
    y(4) -= 0.5;
    LinearModel m = fit_linear_model(x, y, {"intercept", "x1", "x2"});
    for (size_t j = 0; j < 3; ++j) {
      CHECK(m.coefficients[j].estimate == Approx(c.b[j]).epsilon(1e-8));
      CHECK(m.coefficients[j].standard_error == Approx(c.se[j]).epsilon(1e-8));
    }
  }
}
