#include <catch2/catch.hpp>

#include "core/error.h"
#include "stats/autocorrelation.h"
#include "stats/boxplot.h"
#include "stats/descriptive.h"
#include "stats/quantile.h"

using namespace qala;
using namespace qala::stats;

namespace {

// Data and expected values: tests/reference/multivariate_reference.R (R 4.2.2), its output in
// tests/reference/multivariate_reference.txt.
Eigen::VectorXd x1() {
  Eigen::VectorXd x(20);
  x << 2.3, 4.1, 3.8, 5.0, 4.4, 3.9, 12.7, 4.2, 3.3, 4.8, 5.1, 3.6, -3.2, 4.0, 4.6, 3.7, 4.9, 4.3,
      3.5, 4.5;
  return x;
}

Eigen::VectorXd ts1() {
  Eigen::VectorXd x(24);
  x << 2.29, 1.09, 0.4, -0.02, -0.99, -1.93, -1.19, -1.3, -1.15, 1.04, 1.4, 4.11, 6.39, 6.72, 8.62,
      9.08, 8.19, 7.88, 7.88, 8.86, 9.7, 10.41, 11.72, 10.33;
  return x;
}

Approx rel(double v) { return Approx(v).epsilon(1e-8).margin(1e-13); }

}  // namespace

TEST_CASE("summary statistics match R's mean, sd, min, max", "[stats]") {
  Summary s = summarize(x1());
  CHECK(s.n == 20);
  CHECK(s.mean == rel(4.175));           // R mean()
  CHECK(s.sd == rel(2.66968852904328));  // R sd()
  CHECK(s.min == -3.2);
  CHECK(s.max == 12.7);
}

TEST_CASE("quantiles of all nine types match R's quantile()", "[stats]") {
  Eigen::VectorXd probs(7);
  probs << 0, 0.1, 0.25, 0.5, 0.75, 0.9, 1;
  // R quantile(x1, probs, type = t)
  const double expected[9][7] = {
      {-3.2, 2.3, 3.6, 4.1, 4.6, 5, 12.7},
      {-3.2, 2.8, 3.65, 4.15, 4.7, 5.05, 12.7},
      {-3.2, 2.3, 3.6, 4.1, 4.6, 5, 12.7},
      {-3.2, 2.3, 3.6, 4.1, 4.6, 5, 12.7},
      {-3.2, 2.8, 3.65, 4.15, 4.7, 5.05, 12.7},
      {-3.2, 2.4, 3.625, 4.15, 4.75, 5.09, 12.7},
      {-3.2, 3.2, 3.675, 4.15, 4.65, 5.01, 12.7},
      {-3.2, 2.66666666666667, 3.64166666666667, 4.15, 4.71666666666667, 5.06333333333333, 12.7},
      {-3.2, 2.7, 3.64375, 4.15, 4.7125, 5.06, 12.7},
  };
  for (int type = 1; type <= 9; ++type) {
    Eigen::VectorXd q = quantiles(x1(), probs, type);
    for (int i = 0; i < 7; ++i) {
      INFO("type " << type << " p " << probs[i]);
      CHECK(q[i] == rel(expected[type - 1][i]));
    }
  }
  CHECK(quantile(x1(), 0.25) == rel(3.675));  // default is type 7
}

TEST_CASE("box plot: Tukey whiskers at 1.5 IQR and outliers, as R's boxplot.stats", "[stats]") {
  // R boxplot.stats(x1): stats 2.3 3.65 4.15 4.7 5.1, out 12.7 -3.2 (fivenum hinges)
  BoxPlot t = box_plot(x1(), Hinges::kTukey);
  CHECK(t.lower_whisker == rel(2.3));
  CHECK(t.lower_hinge == rel(3.65));
  CHECK(t.median == rel(4.15));
  CHECK(t.upper_hinge == rel(4.7));
  CHECK(t.upper_whisker == rel(5.1));
  REQUIRE(t.outliers.size() == 2);
  CHECK(t.outliers[0] == 6);   // 12.7
  CHECK(t.outliers[1] == 12);  // -3.2
  // Type-7 quartiles; fences 2.2125 and 6.1125 from R quantile(type = 7) +- 1.5 IQR.
  BoxPlot b = box_plot(x1());
  CHECK(b.lower_hinge == rel(3.675));
  CHECK(b.upper_hinge == rel(4.65));
  CHECK(b.lower_fence == rel(2.2125));
  CHECK(b.upper_fence == rel(6.1125));
  CHECK(b.lower_whisker == rel(2.3));
  CHECK(b.upper_whisker == rel(5.1));
  CHECK(b.outliers.size() == 2);
}

TEST_CASE("autocorrelation function matches R's acf() and Box.test()", "[stats]") {
  Eigen::VectorXd r = autocorrelation(ts1(), 10);
  // R acf(ts1, lag.max = 10)$acf[-1]
  const double expected[10] = {0.928233027378319, 0.809364240562008,    0.678979025604707,
                               0.528937031469677, 0.389455594462521,    0.255287162330715,
                               0.125517621369334, -0.00256899649963616, -0.141674491425416,
                               -0.259425935532324};
  for (int k = 0; k < 10; ++k) CHECK(r[k] == rel(expected[k]));
  CHECK(autocorrelation_bound(24) == rel(0.400075973029609));  // R qnorm(0.975) / sqrt(24)
  LjungBox lb = ljung_box(ts1(), 5);
  CHECK(lb.q == rel(69.3651788216694));  // R Box.test(ts1, lag = 5, type = "Ljung-Box")
  CHECK(lb.df == 5);
  // R pchisq(q, 5, lower.tail = FALSE); Box.test's own 1 - pchisq() prints 1.38888900380607e-13,
  // 1e-4 off through cancellation.
  CHECK(lb.p == Approx(1.38905004912218e-13).epsilon(1e-8));
}

TEST_CASE("descriptive statistics reject degenerate input", "[stats]") {
  Eigen::VectorXd one(1);
  one << 3;
  CHECK_THROWS_AS(summarize(one), MethodError);
  CHECK_THROWS_AS(quantile(Eigen::VectorXd(), 0.5), MethodError);
  CHECK_THROWS_AS(quantile(x1(), 1.5), MethodError);
  CHECK_THROWS_AS(quantile(x1(), 0.5, 10), MethodError);
  Eigen::VectorXd with_nan = x1();
  with_nan[3] = std::nan("");
  CHECK_THROWS_WITH(summarize(with_nan), Catch::Contains("value 4 is missing"));
  CHECK_THROWS_AS(box_plot(with_nan), MethodError);
  CHECK_THROWS_WITH(autocorrelation(Eigen::VectorXd::Constant(5, 2.0), 2),
                    Catch::Contains("constant"));
  CHECK_THROWS_WITH(autocorrelation(ts1(), 24), Catch::Contains("between 1 and n - 1"));
}
