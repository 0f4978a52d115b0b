#include "stats/nonlinear_trend.h"

#include <cmath>
#include <string>

#include "core/error.h"

namespace qala::stats {
namespace {

struct Model {
  TrendFamily family;
  double value(double a, double b, double t) const {
    return family == TrendFamily::kExponential ? a * std::exp(b * t) : a * std::pow(t, b);
  }
  /// d f / d b divided by f, so the Jacobian row is (f / a, f * that).
  double log_derivative(double t) const {
    return family == TrendFamily::kExponential ? t : std::log(t);
  }
};

double residual_ss(const Model& m, const Eigen::VectorXd& t, const Eigen::VectorXd& y, double a,
                   double b) {
  double ss = 0;
  for (Eigen::Index i = 0; i < t.size(); ++i) {
    const double r = y(i) - m.value(a, b, t(i));
    ss += r * r;
  }
  return ss;
}

}  // namespace

NonlinearTrendFit fit_trend_nonlinear(const Eigen::VectorXd& t, const Eigen::VectorXd& y,
                                      TrendFamily family) {
  if (family != TrendFamily::kExponential && family != TrendFamily::kPower)
    throw MethodError("nonlinear least squares is for exponential and power trends; a " +
                      trend_family_name(family) + " trend is already linear in its coefficients");
  const TrendFit start = fit_trend(t, y, family);  // also refuses logs of non-positive values
  const Model model{family};
  double a = start.coefficients[0], b = start.coefficients[1];
  double ss = residual_ss(model, t, y, a, b);
  double lambda = 1e-3;
  const Eigen::Index n = t.size();
  NonlinearTrendFit out;
  bool converged = false;
  for (int iteration = 1; iteration <= 500 && !converged; ++iteration) {
    out.iterations = iteration;
    Eigen::MatrixXd jacobian(n, 2);
    Eigen::VectorXd residual(n);
    for (Eigen::Index i = 0; i < n; ++i) {
      const double f = model.value(a, b, t(i));
      jacobian(i, 0) = f / a;
      jacobian(i, 1) = f * model.log_derivative(t(i));
      residual(i) = y(i) - f;
    }
    const Eigen::Vector2d diag = jacobian.colwise().squaredNorm().transpose();
    // Marquardt's damping, solved by QR of the augmented system, not normal equations.
    for (int attempt = 0; attempt < 60; ++attempt) {
      Eigen::MatrixXd augmented(n + 2, 2);
      augmented.topRows(n) = jacobian;
      augmented.bottomRows(2) = (lambda * diag).cwiseSqrt().asDiagonal();
      Eigen::VectorXd rhs = Eigen::VectorXd::Zero(n + 2);
      rhs.head(n) = residual;
      const Eigen::Vector2d step = augmented.colPivHouseholderQr().solve(rhs);
      const double trial = residual_ss(model, t, y, a + step(0), b + step(1));
      if (std::isfinite(trial) && trial <= ss) {
        const bool small_step = std::fabs(step(0)) <= 1e-13 * std::fabs(a) + 1e-300 &&
                                std::fabs(step(1)) <= 1e-13 * std::fabs(b) + 1e-300;
        converged = small_step || ss - trial <= 1e-15 * ss;
        a += step(0);
        b += step(1);
        ss = trial;
        lambda = std::max(lambda / 10, 1e-12);
        break;
      }
      lambda *= 10;
      if (lambda > 1e16) {
        converged = true;  // no downhill step left: at the minimum to working precision
        break;
      }
    }
  }
  if (!converged) throw MethodError("the nonlinear trend fit did not converge in 500 iterations");
  // Near the minimum the sum of squares is too flat for double precision to rank nearby points
  // (R's nls stops ~1e-8 short here), but the Gauss-Newton step, from J'r, is still accurate:
  // polish with undamped steps until they vanish.
  for (int polish = 0; polish < 50; ++polish) {
    Eigen::MatrixXd jacobian(n, 2);
    Eigen::VectorXd residual(n);
    for (Eigen::Index i = 0; i < n; ++i) {
      const double f = model.value(a, b, t(i));
      jacobian(i, 0) = f / a;
      jacobian(i, 1) = f * model.log_derivative(t(i));
      residual(i) = y(i) - f;
    }
    const Eigen::Vector2d step = jacobian.colPivHouseholderQr().solve(residual);
    if (!step.allFinite()) break;
    a += step(0);
    b += step(1);
    ++out.iterations;
    if (std::fabs(step(0)) <= 1e-15 * std::fabs(a) && std::fabs(step(1)) <= 1e-15 * std::fabs(b))
      break;
  }
  ss = residual_ss(model, t, y, a, b);

  const double mean = y.mean();
  const double tss = (y.array() - mean).square().sum();
  out.trend.family = family;
  out.trend.coefficients = {a, b};
  out.trend.n = static_cast<size_t>(n);
  out.trend.r2 = 1 - ss / tss;
  out.trend.r = std::sqrt(std::max(0.0, out.trend.r2));
  out.residual_ss = ss;
  return out;
}

}  // namespace qala::stats
