#pragma once
#include <Eigen/Dense>

namespace qala::stats {

/// Principal components of the correlation matrix (the "principal components" extraction of
/// factor analysis; R's prcomp(x, scale. = TRUE)).
struct PrincipalComponents {
  Eigen::VectorXd eigenvalues;  // descending; they sum to the number of variables
  Eigen::VectorXd explained;    // eigenvalue / number of variables
  /// Loadings, variables x components: eigenvector * sqrt(eigenvalue), i.e. the correlation of
  /// each variable with each component. Sign convention: in every component the loading of
  /// largest absolute value is positive (the first such on ties).
  Eigen::MatrixXd loadings;
};

/// Throws MethodError on fewer than 3 rows, fewer than 2 variables, a NaN or a constant column.
PrincipalComponents principal_components(const Eigen::MatrixXd& x);

/// Flips the sign of each column of `loadings` so its largest absolute entry is positive.
void orient_columns(Eigen::MatrixXd& loadings);

/// The number of components with eigenvalue above 1 (Kaiser's rule), at least 1.
Eigen::Index kaiser_count(const Eigen::VectorXd& eigenvalues);

}  // namespace qala::stats
