#pragma once
#include <Eigen/Dense>
#include <string>
#include <vector>

namespace qala::stats {

/// The Breusch-Pagan test for heteroskedasticity of an OLS model with an intercept.
struct BreuschPagan {
  double statistic = 0;
  double df = 0;
  /// Upper-tail chi-squared probability of `statistic`.
  double p = 0;
};

/// Which variant, as lmtest::bptest's `studentize` argument chooses.
enum class BreuschPaganVariant {
  kKoenker,   ///< studentised (Koenker 1981): n R^2 of e^2 on Z; robust to non-normal errors
  kOriginal,  ///< Breusch and Pagan (1979): half the explained SS of e^2/sigma^2 - 1 on Z
};

/// Tests y ~ 1 + X for variance depending on the columns of `z` (the model's own regressors
/// when `z` has no columns); sigma^2 = RSS / n. df is the number of columns of Z.
BreuschPagan breusch_pagan(const Eigen::MatrixXd& x, const Eigen::VectorXd& y,
                           const std::vector<std::string>& names, BreuschPaganVariant variant,
                           const Eigen::MatrixXd& z = Eigen::MatrixXd());

}  // namespace qala::stats
