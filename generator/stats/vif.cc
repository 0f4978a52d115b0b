#include "stats/vif.h"

#include "core/error.h"
#include "stats/least_squares.h"

namespace qala::stats {

Eigen::VectorXd variance_inflation_factors(const Eigen::MatrixXd& x,
                                           const std::vector<std::string>& names) {
  const Eigen::Index k = x.cols();
  if (k < 2) throw MethodError("variance inflation factors need at least two predictors");
  Eigen::VectorXd vif(k);
  for (Eigen::Index j = 0; j < k; ++j) {
    Eigen::MatrixXd others(x.rows(), k - 1);
    std::vector<std::string> other_names;
    for (Eigen::Index c = 0, o = 0; c < k; ++c) {
      if (c == j) continue;
      others.col(o++) = x.col(c);
      other_names.push_back(c < static_cast<Eigen::Index>(names.size()) ? names[c] : "");
    }
    const LeastSquares aux = solve_least_squares(others, x.col(j), true, other_names);
    if (aux.total_ss == 0)
      throw MethodError("'" + names[j] + "' is constant: its VIF is undefined");
    const double r2 = aux.regression_ss / (aux.regression_ss + aux.residual_ss);
    vif(j) = 1 / (1 - r2);
  }
  return vif;
}

}  // namespace qala::stats
