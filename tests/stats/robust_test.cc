#include <catch2/catch.hpp>
#include <cmath>
#include <string>

#include "core/error.h"
#include "stats/linear_model.h"
#include "stats/robust.h"
#include "stats/weights.h"

using namespace qala::stats;

namespace {

Approx rel(double expected, double eps = 1e-9) { return Approx(expected).epsilon(eps); }

// Deterministic heteroskedastic data with two outliers, rebuilt identically in
// tests/reference/regression_reference.R ("Priority-2 methods on generated data").
struct Heteroskedastic {
  Eigen::MatrixXd x{40, 2};
  Eigen::VectorXd y{40};
  Eigen::VectorXd lab{40};
  std::vector<std::string> group;
  Heteroskedastic() {
    for (int i = 1; i <= 40; ++i) {
      const int g = i % 5;
      const double x1 = std::sin(i) * 3 + i / 10.0;
      const double x2 = (i % 7) + std::cos(i);
      x.row(i - 1) << x1, x2;
      lab(i - 1) = 0.5 + g * 0.3 + 0.1 * std::sin(3 * i) * (1 + g);
      y(i - 1) = 2 + 1.5 * x1 - 0.7 * x2 + (1 + g) * std::sin(2.3 * i);
      group.push_back("town" + std::to_string(g));
    }
    y(6) += 15;
    y(22) -= 12;
  }
};

}  // namespace

// Expected values: R 4.2.2 lm(weights = ...) in tests/reference/regression_reference.R.
TEST_CASE("WLS with inverse-variance weights of a column within groups matches R", "[stats]") {
  Heteroskedastic d;
  Eigen::VectorXd w = make_weights(d.lab, WeightRule::kInverseVariance, d.group);
  CHECK(w(0) == rel(41.5239782068079));  // R 1 / ave(lab, g, FUN = var)
  CHECK(w(4) == rel(157.959848079609));
  LinearModel m = fit_linear_model(d.x, d.y, {"intercept", "x1", "x2"}, true, w);
  CHECK(m.r2 == rel(0.810936071829308));
  CHECK(m.adjusted_r2 == rel(0.800716400036298));
  CHECK(m.standard_error == rel(14.3818814000259));
  CHECK(m.f == rel(79.3505005105876));
  CHECK(m.significance_f == rel(4.14248098737229e-14));
  CHECK(m.residual.ss == rel(7653.02496636325));  // weighted, as summary.lm
  CHECK(m.total.ss == rel(40478.5039664144));
  CHECK(m.coefficients[0].estimate == rel(1.73708192116983));
  CHECK(m.coefficients[0].standard_error == rel(0.590106346956761));
  CHECK(m.coefficients[1].t == rel(11.8801629138284));
  CHECK(m.coefficients[2].p == rel(4.25320383395944e-05));
  CHECK(m.coefficients[2].lower95 == rel(-0.928117550375199));
}

TEST_CASE("WLS with weights 1 / column matches R", "[stats]") {
  Heteroskedastic d;
  LinearModel m = fit_linear_model(d.x, d.y, {"intercept", "x1", "x2"}, true,
                                   make_weights(d.lab, WeightRule::kInverse));
  CHECK(m.r2 == rel(0.681951191176623));  // R lm(yy ~ x1 + x2, weights = 1 / lab)
  CHECK(m.standard_error == rel(3.18833418358948));
  CHECK(m.coefficients[1].estimate == rel(1.62170632539298));
  CHECK(m.coefficients[1].standard_error == rel(0.194911703801226));
  CHECK(m.coefficients[2].upper95 == rel(-0.284206160470916));
}

TEST_CASE("weights refuse values that give no valid weight", "[stats]") {
  Eigen::VectorXd v(3);
  v << 1, 0, 2;
  CHECK_THROWS_WITH(make_weights(v, WeightRule::kInverse), Catch::Contains("observation 2"));
  CHECK_THROWS_WITH(make_weights(v, WeightRule::kInverseVariance, {"a", "b", "b"}),
                    Catch::Contains("group 'a' has one observation"));
  Eigen::VectorXd flat = Eigen::VectorXd::Constant(4, 2.0);
  CHECK_THROWS_WITH(make_weights(flat, WeightRule::kInverseVariance, {"a", "a", "b", "b"}),
                    Catch::Contains("do not vary"));
}

// Expected values: R 4.2.2 MASS::rlm() and summary.rlm() (MASS 7.3-58), same script.
TEST_CASE("robust regression with Huber's psi matches MASS::rlm", "[stats]") {
  Heteroskedastic d;
  RobustFit f = fit_robust(d.x, d.y, {"intercept", "x1", "x2"});
  CHECK(f.converged);
  CHECK(f.iterations == 5);  // length(fit$conv)
  CHECK(f.scale == rel(2.6382549160664));
  CHECK(f.coefficients[0].estimate == rel(2.30446803524862));
  CHECK(f.coefficients[1].estimate == rel(1.58281210646738));
  CHECK(f.coefficients[2].estimate == rel(-0.83440419199004));
  CHECK(f.coefficients[0].standard_error == rel(0.846338804581372));
  CHECK(f.coefficients[1].standard_error == rel(0.188544781598839));
  CHECK(f.coefficients[2].standard_error == rel(0.199978339221183));
  CHECK(f.coefficients[1].t == rel(8.39488684356739));
  CHECK(f.coefficients[0].p == rel(0.00647180986144953));  // R 2 * pnorm(-|t|)
  CHECK(f.coefficients[2].p == rel(3.01311506087415e-05));
}

TEST_CASE("robust regression with the bisquare psi matches MASS::rlm", "[stats]") {
  Heteroskedastic d;
  RobustOptions options;
  options.psi = RobustPsi::kBisquare;
  RobustFit f = fit_robust(d.x, d.y, {"intercept", "x1", "x2"}, true, options);
  CHECK(f.iterations == 6);
  CHECK(f.scale == rel(2.73171458129872));
  CHECK(f.coefficients[0].estimate == rel(2.20893318049783));
  CHECK(f.coefficients[1].estimate == rel(1.55813198111615));
  CHECK(f.coefficients[2].estimate == rel(-0.796171959907001));
  CHECK(f.coefficients[0].standard_error == rel(0.808215335099716));
  CHECK(f.coefficients[2].standard_error == rel(0.190970282316523));
  CHECK(f.coefficients[1].p == rel(4.98121374634679e-18));
  // Outliers get small weights: observation 7 was shifted by +15.
  CHECK(f.weights(6) < 0.2);
}

TEST_CASE("robust regression degenerate inputs", "[stats]") {
  Heteroskedastic d;
  CHECK_THROWS_AS(fit_robust(d.x.topRows(3), d.y.head(3), {"intercept", "x1", "x2"}),
                  qala::MethodError);
  CHECK_THROWS_AS(fit_robust(d.x, d.y, {"x1", "x2"}), qala::MethodError);
  CHECK(median(Eigen::Vector4d(4, 1, 3, 2)) == 2.5);
  CHECK(median(Eigen::Vector3d(5, 1, 3)) == 3);
  CHECK(parse_robust_psi("bisquare") == RobustPsi::kBisquare);
  CHECK_FALSE(parse_robust_psi("hampel"));
}
