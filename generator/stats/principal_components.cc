#include "stats/principal_components.h"

#include <cmath>

#include "core/error.h"
#include "stats/correlation.h"

namespace qala::stats {

void orient_columns(Eigen::MatrixXd& loadings) {
  for (Eigen::Index j = 0; j < loadings.cols(); ++j) {
    Eigen::Index at = 0;
    loadings.col(j).cwiseAbs().maxCoeff(&at);
    if (loadings(at, j) < 0) loadings.col(j) *= -1;
  }
}

Eigen::Index kaiser_count(const Eigen::VectorXd& eigenvalues) {
  Eigen::Index k = (eigenvalues.array() > 1).count();
  return k < 1 ? 1 : k;
}

PrincipalComponents principal_components(const Eigen::MatrixXd& x) {
  if (x.rows() < 3) throw MethodError("factor analysis needs at least 3 rows");
  if (x.cols() < 2) throw MethodError("factor analysis needs at least 2 variables");
  Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(correlation_matrix(x));
  if (solver.info() != Eigen::Success) throw MethodError("eigen decomposition did not converge");
  const Eigen::Index p = x.cols();
  PrincipalComponents pc;
  // Eigen sorts ascending; components are reported largest first.
  pc.eigenvalues = solver.eigenvalues().reverse();
  Eigen::MatrixXd vectors = solver.eigenvectors().rowwise().reverse();
  // Tiny negative eigenvalues of a singular correlation matrix are rounding: clamp to 0.
  pc.eigenvalues = pc.eigenvalues.cwiseMax(0.0);
  pc.explained = pc.eigenvalues / static_cast<double>(p);
  pc.loadings = vectors * pc.eigenvalues.cwiseSqrt().asDiagonal();
  orient_columns(pc.loadings);
  return pc;
}

}  // namespace qala::stats
