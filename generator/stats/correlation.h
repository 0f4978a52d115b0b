#pragma once
#include <Eigen/Dense>

namespace qala::stats {

/// Pearson's r of two variables with its test of r = 0, as R's cor.test(): t = r sqrt((n-2) /
/// (1-r^2)) on n - 2 degrees of freedom, two-sided p.
struct CorrelationTest {
  double r = 0;
  double t = 0;
  double df = 0;
  double p = 0;
};

/// Throws MethodError on different lengths, fewer than 3 pairs, a NaN or a constant variable.
CorrelationTest correlation_test(const Eigen::VectorXd& x, const Eigen::VectorXd& y);

/// Pearson correlation matrix of the columns of `x` (p x p). Throws MethodError on fewer than
/// 2 rows, a NaN, or a constant column (its correlations are undefined).
Eigen::MatrixXd correlation_matrix(const Eigen::MatrixXd& x);

}  // namespace qala::stats
