#include "stats/robust.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "core/error.h"
#include "stats/distributions.h"
#include "stats/least_squares.h"

namespace qala::stats {
namespace {

double weight(RobustPsi psi, double k, double u) {
  if (psi == RobustPsi::kHuber) return std::fabs(u) <= k ? 1.0 : k / std::fabs(u);
  const double a = std::min(1.0, std::fabs(u / k));
  return (1 - a * a) * (1 - a * a);
}

/// psi'(u), the derivative of psi(u) = u * weight(u).
double psi_prime(RobustPsi psi, double k, double u) {
  if (psi == RobustPsi::kHuber) return std::fabs(u) <= k ? 1.0 : 0.0;
  const double t = (u / k) * (u / k);
  return t < 1 ? (1 - t) * (1 - 5 * t) : 0.0;
}

double relative_change(const Eigen::VectorXd& old_r, const Eigen::VectorXd& new_r) {
  return std::sqrt((old_r - new_r).squaredNorm() / std::max(1e-20, old_r.squaredNorm()));
}

}  // namespace

std::optional<RobustPsi> parse_robust_psi(std::string_view name) {
  if (name == "huber") return RobustPsi::kHuber;
  if (name == "bisquare") return RobustPsi::kBisquare;
  return std::nullopt;
}

double median(Eigen::VectorXd values) {
  const Eigen::Index n = values.size();
  if (n == 0) throw MethodError("the median of no values is undefined");
  double* begin = values.data();
  std::nth_element(begin, begin + n / 2, begin + n);
  const double upper = begin[n / 2];
  if (n % 2 == 1) return upper;
  return (upper + *std::max_element(begin, begin + n / 2)) / 2;
}

RobustFit fit_robust(const Eigen::MatrixXd& x, const Eigen::VectorXd& y,
                     const std::vector<std::string>& names, bool intercept,
                     const RobustOptions& options) {
  const double k =
      options.tuning > 0 ? options.tuning : (options.psi == RobustPsi::kHuber ? 1.345 : 4.685);
  const auto n = static_cast<size_t>(y.size());
  const size_t p = static_cast<size_t>(x.cols()) + (intercept ? 1 : 0);
  std::vector<std::string> columns = model_column_names(x, n, names, intercept);

  const LeastSquares ols = solve_least_squares(x, y, intercept, columns);
  Eigen::VectorXd coefficients = ols.coefficients;
  Eigen::VectorXd residuals = ols.residuals;
  Eigen::VectorXd w = Eigen::VectorXd::Ones(y.size());
  RobustFit fit;
  for (int iteration = 1; iteration <= options.max_iterations; ++iteration) {
    const Eigen::VectorXd previous = residuals;
    fit.scale = median(residuals.cwiseAbs()) / 0.6745;
    fit.iterations = iteration;
    if (fit.scale == 0) {  // more than half the points fitted exactly: nothing left to weigh
      fit.converged = true;
      break;
    }
    for (Eigen::Index i = 0; i < y.size(); ++i)
      w(i) = weight(options.psi, k, residuals(i) / fit.scale);
    LeastSquares step = solve_least_squares(x, y, intercept, columns, w);
    coefficients = step.coefficients;
    residuals = step.residuals;
    if (relative_change(previous, residuals) <= options.tolerance) {
      fit.converged = true;
      break;
    }
  }

  // summary.rlm's "XtX" standard errors: sqrt(diag (X'X)^-1) * sqrt(S) * kappa / mean psi'.
  const double s = fit.scale;
  double sum_sq = 0, mean_prime = 0;
  Eigen::VectorXd prime(y.size());
  for (Eigen::Index i = 0; i < y.size(); ++i) {
    const double u = s > 0 ? residuals(i) / s : 0.0;
    const double r_w = residuals(i) * weight(options.psi, k, u);
    sum_sq += r_w * r_w;
    prime(i) = psi_prime(options.psi, k, u);
  }
  mean_prime = prime.mean();
  if (!(mean_prime > 0))
    throw MethodError("the robust fit gives every observation zero influence: no standard errors");
  const double var_prime = (prime.array() - mean_prime).square().sum() / static_cast<double>(n - 1);
  const double kappa =
      1 + static_cast<double>(p) * var_prime / (static_cast<double>(n) * mean_prime * mean_prime);
  const double stddev = std::sqrt(sum_sq / static_cast<double>(n - p)) * kappa / mean_prime;
  const double z = normal_quantile(0.975);
  for (size_t j = 0; j < p; ++j) {
    const auto jj = static_cast<Eigen::Index>(j);
    CoefficientEstimate c;
    c.name = names[j];
    c.estimate = coefficients(jj);
    c.standard_error = std::sqrt(ols.unscaled_covariance(jj, jj)) * stddev;
    c.t = c.estimate / c.standard_error;
    c.p = std::isnan(c.t) ? NAN : 2 * normal_cdf(-std::fabs(c.t));
    c.lower95 = c.estimate - z * c.standard_error;
    c.upper95 = c.estimate + z * c.standard_error;
    fit.coefficients.push_back(c);
  }
  fit.observations = n;
  fit.weights = w;
  fit.residuals = residuals;
  return fit;
}

}  // namespace qala::stats
