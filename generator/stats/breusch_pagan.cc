#include "stats/breusch_pagan.h"

#include "core/error.h"
#include "stats/distributions.h"
#include "stats/least_squares.h"

namespace qala::stats {

BreuschPagan breusch_pagan(const Eigen::MatrixXd& x, const Eigen::VectorXd& y,
                           const std::vector<std::string>& names, BreuschPaganVariant variant,
                           const Eigen::MatrixXd& z_in) {
  const Eigen::MatrixXd& z = z_in.cols() > 0 ? z_in : x;
  if (z.rows() != y.size()) throw MethodError("the test variables and y have different lengths");
  if (z.cols() == 0) throw MethodError("the Breusch-Pagan test needs at least one variable");
  const LeastSquares model = solve_least_squares(x, y, true, names);
  const auto n = static_cast<double>(y.size());
  const double sigma2 = model.residual_ss / n;
  if (!(sigma2 > 0)) throw MethodError("the model fits exactly: no variance to test");

  Eigen::VectorXd u = model.residuals.array().square().matrix();
  std::vector<std::string> z_names;
  for (Eigen::Index j = 0; j < z.cols(); ++j)
    z_names.push_back(z_in.cols() > 0 ? "test variable " + std::to_string(j + 1) : names[j]);
  BreuschPagan bp;
  if (variant == BreuschPaganVariant::kKoenker) {
    const LeastSquares aux = solve_least_squares(z, u, true, z_names);
    bp.statistic = n * aux.regression_ss / (aux.regression_ss + aux.residual_ss);
  } else {
    Eigen::VectorXd f = (u.array() / sigma2 - 1).matrix();
    const LeastSquares aux = solve_least_squares(z, f, true, z_names);
    bp.statistic = aux.regression_ss / 2;
  }
  bp.df = static_cast<double>(z.cols());
  bp.p = chi2_upper_p(bp.statistic, bp.df);
  return bp;
}

}  // namespace qala::stats
