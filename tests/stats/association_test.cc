#include <catch2/catch.hpp>

#include "core/error.h"
#include "stats/correlation.h"
#include "stats/principal_components.h"
#include "stats/reference_matrix.h"
#include "stats/varimax.h"

using namespace qala;
using namespace qala::stats;

namespace {

// Data and expected values: tests/reference/multivariate_reference.R (R 4.2.2).
Eigen::MatrixXd m() { return qala::testing::reference_matrix(); }

// Two latent factors, five variables (set.seed(5) in the R script, rounded to 2 decimals).
Eigen::MatrixXd v() {
  Eigen::MatrixXd x(40, 5);
  x.col(0) << -0.69, 0.86, -0.96, 0.06, 1.91, -0.82, 0.24, -0.78, -0.31, -0.02, 1.51, -1.12, -0.91,
      0.11, -0.77, -0.02, -0.7, -2.35, 0.19, -0.28, 0.3, 1.28, 1.67, 0.77, 0.8, -0.03, 1.35, 0.91,
      -0.88, -0.47, 0.03, 1.6, 3, 1.26, 1.07, 1.19, -1.48, -1.86, -1.75, -0.2;
  x.col(1) << -0.26, 1.83, -1.91, -0.75, 2.24, -0.46, -0.67, -0.01, -0.97, -0.58, 1.9, -1.79, -1.7,
      -0.21, -0.71, 0.09, -0.45, -2.72, 0.57, -0.11, 0.5, 0.93, 2.56, 1.19, 0.67, -0.5, 1.47, 1.38,
      -1.36, -1.05, 0.79, 1.49, 1.96, 1.62, 1.17, 1.57, -1.18, -1.4, -1.98, -0.05;
  x.col(2) << 0.5, 0.1, -0.04, 2.55, -0.66, 0.3, -0.9, -0.51, -0.73, -0.26, 0.89, 0.25, 0.53, -1.29,
      -0.13, -0.79, 1.38, -0.54, 0.3, -0, -0.26, 0.58, -0.28, 0.89, -1.27, -0.45, -2.18, -0.46,
      -0.98, -0.75, 0.06, -0.08, 0.14, 0.21, 0.34, 0.38, 1.3, 0.15, -0.07, -0.27;
  x.col(3) << 1.48, -0.98, 0.52, 1.43, -0.29, 0.81, -0.52, 0.1, -0.94, 0.38, 2.19, 0.57, 1.34,
      -0.88, 0.38, -1.18, 0.67, 0.74, 0.23, 0.6, -1.01, 0.83, 0.64, 0.27, -1.71, -0.41, -3.18,
      -0.59, -1.8, -2.38, -0.43, 0.36, 0.01, -0.34, 0.1, 0.98, 1.81, -0.33, 0.01, 0.14;
  x.col(4) << 0.86, 0.52, -1.36, 2.7, 0.52, -0.38, -1.13, -1.19, -1.59, 0.27, 2.56, -0.75, 0.02,
      -0.95, -2.11, -1.84, -0.14, -2.72, 0.57, -0.04, -0.96, 1.84, 1.38, 0.9, 0.1, 0.46, -0.29,
      0.93, -2.73, -1.5, -0.07, 0.39, 2.2, 1.98, 2.82, 0.8, -0.71, -1.8, -1.43, -0.77;
  return x;
}

Approx rel(double x) { return Approx(x).epsilon(1e-8).margin(1e-12); }

}  // namespace

TEST_CASE("Pearson correlation tests match R's cor.test()", "[stats]") {
  Eigen::MatrixXd x = m();
  // R cor.test(m[, i], m[, j]): estimate, statistic, p.value
  CorrelationTest ab = correlation_test(x.col(0), x.col(1));
  CHECK(ab.r == rel(0.555307191884184));
  CHECK(ab.t == rel(2.1115197849921));
  CHECK(ab.df == 10);
  CHECK(ab.p == rel(0.0608863137722951));
  CorrelationTest ac = correlation_test(x.col(0), x.col(2));
  CHECK(ac.r == rel(0.149903847654539));
  CHECK(ac.t == rel(0.479455153871212));
  CHECK(ac.p == rel(0.641927782464526));
  CorrelationTest bc = correlation_test(x.col(1), x.col(2));
  CHECK(bc.r == rel(-0.139402167593317));
  CHECK(bc.t == rel(-0.445175117648603));
  CHECK(bc.p == rel(0.665674845072169));
  Eigen::MatrixXd r = correlation_matrix(x);
  CHECK(r(1, 0) == rel(0.555307191884184));
  CHECK(r(2, 1) == rel(-0.139402167593317));
  CHECK(r(1, 1) == 1);
}

TEST_CASE("principal components match R's prcomp(scale. = TRUE)", "[stats]") {
  PrincipalComponents pc = principal_components(m());
  // R prcomp(m, scale. = TRUE)$sdev^2
  CHECK(pc.eigenvalues[0] == rel(1.55541369906461));
  CHECK(pc.eigenvalues[1] == rel(1.06712198104625));
  CHECK(pc.eigenvalues[2] == rel(0.37746431988914));
  CHECK(pc.explained[0] == rel(1.55541369906461 / 3));
  CHECK(kaiser_count(pc.eigenvalues) == 2);
  // R rotation %*% diag(sdev), each column oriented so its largest |loading| is positive.
  const double loadings[3][3] = {{0.884112467859267, 0.879453771511967, 0.0178859445874264},
                                 {0.217493170350981, -0.238601895976756, 0.981268483715454},
                                 {0.413572079602186, -0.411861868846431, -0.191813075292038}};
  for (int f = 0; f < 3; ++f)
    for (int var = 0; var < 3; ++var) CHECK(pc.loadings(var, f) == rel(loadings[f][var]));
}

TEST_CASE("varimax rotation matches R's varimax(normalize = TRUE)", "[stats]") {
  Varimax a = varimax(principal_components(m()).loadings.leftCols(2));
  // R varimax(L[, 1:2])$loadings, oriented
  const double fa[2][3] = {{0.880666281556894, 0.883016105971896, 0.00280649205538475},
                           {0.231052019039603, -0.225060786421258, 0.981427464334147}};
  for (int f = 0; f < 2; ++f)
    for (int var = 0; var < 3; ++var) CHECK(a.loadings(var, f) == rel(fa[f][var]));
  PrincipalComponents pv = principal_components(v());
  const double ev[5] = {2.59741573886975, 1.95706978043379, 0.238621350180557, 0.140917411781486,
                        0.0659757187344198};
  for (int i = 0; i < 5; ++i) CHECK(pv.eigenvalues[i] == rel(ev[i]));
  Varimax b = varimax(pv.loadings.leftCols(2));
  const double fb[2][5] = {{0.971826203567016, 0.957569715174163, 0.0362041199821371,
                            -0.0499747533205302, 0.815638896924187},
                           {-0.115932915983517, -0.0839031176340742, 0.947262368703688,
                            0.929726332651939, 0.491779770375719}};
  for (int f = 0; f < 2; ++f)
    for (int var = 0; var < 5; ++var) CHECK(b.loadings(var, f) == rel(fb[f][var]));
  // An orthogonal rotation keeps each variable's communality.
  CHECK(b.loadings.row(4).squaredNorm() == rel(pv.loadings.leftCols(2).row(4).squaredNorm()));
}

TEST_CASE("association methods reject degenerate input", "[stats]") {
  Eigen::MatrixXd x = m();
  x.col(2).setConstant(1);
  CHECK_THROWS_WITH(correlation_matrix(x), Catch::Contains("column 3 is constant"));
  CHECK_THROWS_WITH(principal_components(x), Catch::Contains("constant"));
  CHECK_THROWS_AS(correlation_test(m().col(0).head(2), m().col(1).head(2)), MethodError);
  x = m();
  x(0, 0) = std::nan("");
  CHECK_THROWS_WITH(correlation_matrix(x), Catch::Contains("missing"));
  CHECK_THROWS_AS(principal_components(m().leftCols(1)), MethodError);
}
