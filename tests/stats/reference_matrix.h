#pragma once
#include <Eigen/Dense>

namespace qala::testing {

/// The 12 x 3 matrix of tests/reference/multivariate_reference.R (R 4.2.2), from which the
/// expected values of the index and association tests were computed.
inline Eigen::MatrixXd reference_matrix() {
  Eigen::MatrixXd x(12, 3);
  x << 14.11, 9.28, 1.9, 8.31, 8.6, -0.43, 11.09, 10.28, -0.26, 11.9, 12.22, -1.76, 11.21, 10.04,
      0.46, 9.68, 4.53, -0.64, 14.53, 7.38, 0.46, 9.72, 12.5, 0.7, 16.06, 12.42, 1.04, 9.81, 6.35,
      -0.61, 13.91, 11.62, 0.5, 16.86, 15.86, -1.72;
  return x;
}

}  // namespace qala::testing
