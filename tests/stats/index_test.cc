#include <catch2/catch.hpp>

#include "core/error.h"
#include "stats/ranking.h"
#include "stats/reference_matrix.h"
#include "stats/standardize.h"

using namespace qala;
using namespace qala::stats;

namespace {

// Data and expected values: tests/reference/multivariate_reference.R (R 4.2.2).
Eigen::MatrixXd m() { return qala::testing::reference_matrix(); }

Approx rel(double v) { return Approx(v).epsilon(1e-8).margin(1e-13); }

}  // namespace

TEST_CASE("standardisation matches R's scale() and min-max, ratio formulas", "[stats]") {
  Eigen::MatrixXd z = standardize(m(), Standardization::kZScore);
  // R scale(m)[1, ] and [12, ]
  CHECK(z(0, 0) == rel(0.666516385283324));
  CHECK(z(0, 1) == rel(-0.260236591072171));
  CHECK(z(0, 2) == rel(1.77985189592062));
  CHECK(z(11, 0) == rel(1.66041790875145));
  CHECK(z(11, 1) == rel(1.85378411171163));
  CHECK(z(11, 2) == rel(-1.55852316274914));
  Eigen::MatrixXd mm = standardize(m(), Standardization::kMinMax);
  CHECK(mm(0, 0) == rel(0.678362573099415));  // R (v - min(v)) / (max(v) - min(v))
  CHECK(mm(0, 1) == rel(0.419240953221536));
  CHECK(mm(0, 2) == rel(1));
  Eigen::MatrixXd r = standardize(m(), Standardization::kRatioToMean);
  CHECK(r(0, 0) == rel(1.15034988789999));  // R v / mean(v)
  CHECK(r(0, 1) == rel(0.919722497522299));
  CHECK(r(0, 2) == rel(-63.3333333333333));
  Eigen::MatrixXd rev = standardize(m(), Standardization::kMinMax, {false, false, true});
  CHECK(rev(0, 2) == rel(0));
  CHECK(rev(0, 0) == rel(0.678362573099415));
}

TEST_CASE("composite index I = sum P_i V_i matches R's matrix product", "[stats]") {
  Eigen::VectorXd w(3);
  w << 0.5, 0.3, 0.2;
  Eigen::VectorXd iz = composite_index(standardize(m(), Standardization::kZScore), w);
  Eigen::VectorXd im = composite_index(standardize(m(), Standardization::kMinMax), w);
  // R drop(scale(m) %*% w) and drop(minmax %*% w)
  const double ez[12] = {0.611157594504135,  -0.932244430290738,  -0.236592493653154,
                         -0.179894012234344, -0.10524227103051,   -1.11568768962887,
                         0.238331596241035,  -0.0931290329285931, 1.10756745350068,
                         -0.911243514304991, 0.542337244485968,   1.07463955533939};
  const double em[12] = {0.664953572516168, 0.180444585919677, 0.396790974489359,
                         0.413560231853538, 0.436797970405784, 0.141319144856677,
                         0.560517537048192, 0.427915026522799, 0.81513622533417,
                         0.198751472607408, 0.63871433366646,  0.802185792349727};
  for (int i = 0; i < 12; ++i) {
    CHECK(iz[i] == rel(ez[i]));
    CHECK(im[i] == rel(em[i]));
  }
  CHECK_THROWS_WITH(composite_index(m(), Eigen::VectorXd::Ones(2)),
                    Catch::Contains("2 weights for 3 indicators"));
}

TEST_CASE("ranks with ties match R's rank()", "[stats]") {
  Eigen::VectorXd x(10);
  x << 3, 1, 4, 1, 5, 9, 2, 6, 5, 3;
  Eigen::VectorXd avg = rank(x, true, Ties::kAverage), mn = rank(x, true, Ties::kMin);
  // R rank(-x, ties.method = "average") and "min"
  const double ea[10] = {6.5, 9.5, 5, 9.5, 3.5, 1, 8, 2, 3.5, 6.5};
  const double em[10] = {6, 9, 5, 9, 3, 1, 8, 2, 3, 6};
  for (int i = 0; i < 10; ++i) {
    CHECK(avg[i] == ea[i]);
    CHECK(mn[i] == em[i]);
  }
  CHECK(rank(x, false)[5] == 10);
}

TEST_CASE("standardisation rejects constant columns, NaN and too few rows", "[stats]") {
  Eigen::MatrixXd x = m();
  x.col(1).setConstant(4);
  CHECK_THROWS_WITH(standardize(x, Standardization::kZScore),
                    Catch::Contains("column 2 is constant"));
  CHECK_THROWS_WITH(standardize(x, Standardization::kMinMax),
                    Catch::Contains("column 2 is constant"));
  x = m();
  x(3, 0) = std::nan("");
  CHECK_THROWS_AS(standardize(x, Standardization::kZScore), MethodError);
  CHECK_THROWS_AS(standardize(m().topRows(1), Standardization::kZScore), MethodError);
  Eigen::MatrixXd zero_mean(2, 1);
  zero_mean << -1, 1;
  CHECK_THROWS_WITH(standardize(zero_mean, Standardization::kRatioToMean),
                    Catch::Contains("mean 0"));
}
