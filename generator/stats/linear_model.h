#pragma once
#include <Eigen/Dense>
#include <string>
#include <vector>

namespace qala::stats {

/// One estimated coefficient with its inference, as a spreadsheet's Regression tool prints it.
struct CoefficientEstimate {
  std::string name;
  double estimate = 0;
  double standard_error = 0;
  double t = 0;
  /// Two-sided p-value of t with the residual degrees of freedom.
  double p = 0;
  double lower95 = 0;
  double upper95 = 0;
};

/// One row of the analysis-of-variance table.
struct AnovaRow {
  double df = 0;
  double ss = 0;
  double ms = 0;
};

/// The full output of an ordinary (or weighted) least-squares fit: regression statistics,
/// ANOVA and the coefficient table. Without an intercept the sums of squares are uncentred, as
/// in R's lm() and the spreadsheet tool with "constant is zero".
struct LinearModel {
  double multiple_r = 0;
  double r2 = 0;
  double adjusted_r2 = 0;
  /// Standard error of the regression, sqrt(residual MS).
  double standard_error = 0;
  size_t observations = 0;
  bool intercept = true;

  AnovaRow regression;
  AnovaRow residual;
  AnovaRow total;
  double f = 0;
  /// Upper-tail probability of F: what the spreadsheet calls "significance F".
  double significance_f = 0;

  /// Intercept first (when fitted), then the predictors in order.
  std::vector<CoefficientEstimate> coefficients;
  /// Covariance matrix of the estimates in the order of `coefficients`.
  Eigen::MatrixXd covariance;
  Eigen::VectorXd fitted;
  Eigen::VectorXd residuals;
};

/// Fits y ~ b0 + X b by OLS (or WLS when `weights` is not empty) and reports everything a
/// spreadsheet's Regression tool does. `names` gives one name per coefficient, intercept first
/// when `intercept` is set. Throws MethodError on rank deficiency (naming the collinear
/// columns), when there are no residual degrees of freedom, or when y is constant.
LinearModel fit_linear_model(const Eigen::MatrixXd& x, const Eigen::VectorXd& y,
                             const std::vector<std::string>& names, bool intercept = true,
                             const Eigen::VectorXd& weights = Eigen::VectorXd());

/// The model's prediction b0 + sum b_j x_j at one point `x` (predictors only, in order).
double predict(const LinearModel& model, const Eigen::VectorXd& x);

}  // namespace qala::stats
