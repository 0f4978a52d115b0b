#pragma once
#include <Eigen/Dense>
#include <string>
#include <vector>

namespace qala::stats {

/// Variance inflation factors 1 / (1 - R_j^2), R_j^2 from the auxiliary regression (with an
/// intercept) of column j on the other columns. Needs at least two columns.
Eigen::VectorXd variance_inflation_factors(const Eigen::MatrixXd& x,
                                           const std::vector<std::string>& names);

}  // namespace qala::stats
