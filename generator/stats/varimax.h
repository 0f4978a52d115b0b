#pragma once
#include <Eigen/Dense>

namespace qala::stats {

/// A varimax rotation of factor loadings.
struct Varimax {
  Eigen::MatrixXd loadings;  // rotated, oriented (largest absolute loading of each factor > 0)
  Eigen::MatrixXd rotation;  // orthogonal, loadings = input * rotation before orienting
  int iterations = 0;
};

/// Kaiser's varimax by the singular-value iteration R's varimax() uses, with the same stopping
/// rule (the criterion grows by less than a factor 1 + eps, at most 1000 steps), so results
/// agree with R to rounding. With `normalize` each row is scaled to unit length during the
/// rotation (Kaiser normalisation). One column is returned as it is. Throws MethodError on a
/// row of zeros under normalisation.
Varimax varimax(const Eigen::MatrixXd& loadings, bool normalize = true, double eps = 1e-5);

}  // namespace qala::stats
