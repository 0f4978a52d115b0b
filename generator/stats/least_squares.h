#pragma once
#include <Eigen/Dense>
#include <string>
#include <vector>

namespace qala::stats {

/// The solution of a (weighted) linear least-squares problem y ~ b0 + X b, with everything the
/// regression reports need. Coefficients are ordered intercept first (when fitted), then the
/// columns of X in order.
struct LeastSquares {
  Eigen::VectorXd coefficients;
  /// (X'WX)^-1 in the order of `coefficients`: multiply by the residual variance to get the
  /// covariance of the estimates.
  Eigen::MatrixXd unscaled_covariance;
  Eigen::VectorXd fitted;
  /// y - fitted (not multiplied by the weights).
  Eigen::VectorXd residuals;
  /// Sum of w_i r_i^2 (w_i = 1 without weights).
  double residual_ss = 0;
  /// Sum of w_i (y_i - ybar_w)^2 with an intercept, sum of w_i y_i^2 without one.
  double total_ss = 0;
  /// Sum of w_i (fitted_i - ybar_w)^2 with an intercept, sum of w_i fitted_i^2 without one.
  double regression_ss = 0;
  /// Sum of the weights (n without weights).
  double weight_sum = 0;
};

/// Fits y ~ b0 + X b by least squares with weights `w` (empty: all 1).
///
/// `x` holds the predictors only; with `intercept` a constant term is fitted as well. `names`
/// names the columns of `x` for error messages. Predictors are centred (with an intercept) and
/// scaled to unit length; never solved by normal equations. When the 1-norm condition number of
/// the scaled design's R is at most 1e3, the problem is solved by blocked double Householder QR
/// and one step of iterative refinement with a long double residual; otherwise (or when R is
/// singular) in long double by Householder QR with column pivoting, with a rank test, followed
/// by a step of iterative refinement. Fitted values and sums of squares are accumulated in long
/// double either way.
///
/// Throws MethodError when the design is rank deficient, naming the collinear column(s), when a
/// value is not finite, or when a weight is negative (a zero weight drops its observation
/// from the fit, as in R's lm.wfit).
LeastSquares solve_least_squares(const Eigen::MatrixXd& x, const Eigen::VectorXd& y, bool intercept,
                                 const std::vector<std::string>& names,
                                 const Eigen::VectorXd& w = Eigen::VectorXd());

/// Checks that a model with `names` (intercept first when `intercept`) fits `x` and leaves
/// residual degrees of freedom for n observations; returns the names of the columns of `x`.
/// Throws MethodError otherwise.
std::vector<std::string> model_column_names(const Eigen::MatrixXd& x, size_t n,
                                            const std::vector<std::string>& names, bool intercept);

}  // namespace qala::stats
