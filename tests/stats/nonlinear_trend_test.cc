#include <catch2/catch.hpp>

#include "core/error.h"
#include "stats/forecast_errors.h"
#include "stats/nonlinear_trend.h"

using namespace qala::stats;

namespace {

Approx rel(double expected) { return Approx(expected).epsilon(1e-8); }

// Borbasova et al. (2021), Table 4, t = 1..10.
Eigen::VectorXd table4_y() {
  Eigen::VectorXd y(10);
  y << 14897.7, 14388.6, 30891.5, 53731.2, 21578.1, 18442.5, 31327.2, 32048, 54778, 74007;
  return y;
}

}  // namespace

// Expected values: the 40-digit minimisers from mpmath 1.2.1
// (tests/reference/regression_nls_reference.py); R's nls() agrees to 3e-9.
TEST_CASE("nonlinear least-squares exponential and power trends reach the true minimum",
          "[stats]") {
  const Eigen::VectorXd t = Eigen::VectorXd::LinSpaced(10, 1, 10);
  NonlinearTrendFit ex = fit_trend_nonlinear(t, table4_y(), TrendFamily::kExponential);
  CHECK(ex.trend.coefficients[0] == rel(13207.92567146478));
  CHECK(ex.trend.coefficients[1] == rel(0.1553011498285539));
  CHECK(ex.residual_ss == rel(1624210434.949147));
  CHECK(ex.trend.r2 == rel(0.546861578154749));

  NonlinearTrendFit pw = fit_trend_nonlinear(t, table4_y(), TrendFamily::kPower);
  CHECK(pw.trend.coefficients[0] == rel(10426.17352572255));
  CHECK(pw.trend.coefficients[1] == rel(0.7160694576497002));
  CHECK(pw.trend.r2 == rel(0.4501035364787605));

  CHECK_THROWS_AS(fit_trend_nonlinear(t, table4_y(), TrendFamily::kLinear), qala::MethodError);
  Eigen::VectorXd bad = table4_y();
  bad(2) = -1;
  CHECK_THROWS_WITH(fit_trend_nonlinear(t, bad, TrendFamily::kExponential),
                    Catch::Contains("y = -1"));
}

// Expected values: R 4.2.2, fitted(lm(y ~ t)) against Table 4 (regression_reference.R).
TEST_CASE("forecast error measures match R", "[stats]") {
  const Eigen::VectorXd t = Eigen::VectorXd::LinSpaced(10, 1, 10);
  const Eigen::VectorXd fitted = (9604.16666666667 + 4546.3296969697 * t.array()).matrix();
  ForecastErrors e = forecast_errors(table4_y(), fitted);
  CHECK(e.n == 10);
  CHECK(e.mape == rel(36.6899254498727));
  CHECK(e.mae == rel(11506.732969697));
  CHECK(e.rmse == rel(13708.2324019847));
  CHECK(e.percent_deviation(0) == rel(-5.0155637203302));
  CHECK(e.percent_deviation(9) == rel(-25.5915472369321));

  Eigen::VectorXd zero = table4_y();
  zero(3) = 0;
  CHECK_THROWS_WITH(forecast_errors(zero, fitted), Catch::Contains("actual value 4 is 0"));
  CHECK_THROWS_AS(forecast_errors(table4_y(), fitted.head(3)), qala::MethodError);
}
