#pragma once
#include <Eigen/Dense>

#include "stats/trend.h"

namespace qala::stats {

/// An exponential (y = a e^{b t}) or power (y = a t^b) trend fitted by true nonlinear least
/// squares on the original scale of y, minimising sum (y - f(t))^2 by Levenberg-Marquardt
/// started from the spreadsheet's log-linear fit. Unlike `fit_trend`, `r2` is
/// 1 - RSS / TSS on the scale of y.
struct NonlinearTrendFit {
  TrendFit trend;
  double residual_ss = 0;
  int iterations = 0;
};

/// Throws MethodError for other families, for a non-positive t (power) or y (start values), or
/// when the iteration does not converge.
NonlinearTrendFit fit_trend_nonlinear(const Eigen::VectorXd& t, const Eigen::VectorXd& y,
                                      TrendFamily family);

}  // namespace qala::stats
