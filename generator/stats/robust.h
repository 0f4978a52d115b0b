#pragma once
#include <Eigen/Dense>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "stats/linear_model.h"

namespace qala::stats {

/// The psi function of an M-estimator (Huber 1981; Beaton and Tukey 1974).
enum class RobustPsi {
  kHuber,     ///< weight min(1, k/|u|), default k = 1.345
  kBisquare,  ///< Tukey's biweight: weight (1 - (u/c)^2)^2 for |u| < c, default c = 4.685
};
std::optional<RobustPsi> parse_robust_psi(std::string_view name);

/// Settings of the IRLS iteration; the defaults are MASS::rlm's.
struct RobustOptions {
  RobustPsi psi = RobustPsi::kHuber;
  /// The tuning constant; 0 means the psi's default (1.345 or 4.685).
  double tuning = 0;
  int max_iterations = 20;
  /// Stop when sqrt(sum (r_old - r_new)^2 / sum r_old^2) <= tolerance.
  double tolerance = 1e-4;
};

/// A robust (M-estimation) fit. Coefficient p-values and 95% bounds use the standard normal
/// (the estimates are asymptotically normal), so `t` is a z statistic.
struct RobustFit {
  std::vector<CoefficientEstimate> coefficients;
  /// The residual scale s = median|r| / 0.6745 of the last iteration.
  double scale = 0;
  size_t observations = 0;
  int iterations = 0;
  bool converged = false;
  /// Final IRLS weights psi(r/s)/(r/s).
  Eigen::VectorXd weights;
  Eigen::VectorXd residuals;
};

/// Robust linear regression by M-estimation with iteratively reweighted least squares, as
/// MASS::rlm(method = "M", init = "ls", scale.est = "MAD") computes it: start from OLS, then
/// repeat { s = median|r| / 0.6745; w = psi(r/s)/(r/s); weighted LS } until the residuals
/// settle. Standard errors follow summary.rlm's default "XtX" formula (Huber's correction
/// kappa). `names` as in fit_linear_model. Throws MethodError on a degenerate design.
RobustFit fit_robust(const Eigen::MatrixXd& x, const Eigen::VectorXd& y,
                     const std::vector<std::string>& names, bool intercept = true,
                     const RobustOptions& options = {});

/// Median of the values (the mean of the middle two for an even count).
double median(Eigen::VectorXd values);

}  // namespace qala::stats
