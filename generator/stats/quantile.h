#pragma once
#include <Eigen/Dense>

namespace qala::stats {

/// Sample quantile of `x` at probability `p` (0 <= p <= 1) by one of the nine definitions of
/// Hyndman and Fan (1996), numbered as R's quantile(type = ...): 7 is R's default, 6 is SPSS and
/// Minitab, 2 is SAS's averaging definition. Throws MethodError on an empty `x`, a NaN, p outside
/// [0, 1] or a type outside 1..9.
double quantile(const Eigen::VectorXd& x, double p, int type = 7);

/// Quantiles at several probabilities (sorts once).
Eigen::VectorXd quantiles(const Eigen::VectorXd& x, const Eigen::VectorXd& probs, int type = 7);

}  // namespace qala::stats
