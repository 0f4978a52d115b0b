#include "stats/least_squares.h"

#include <cmath>
#include <optional>
#include <string>

#include "core/error.h"

namespace qala::stats {
namespace {

using LMatrix = Eigen::Matrix<long double, Eigen::Dynamic, Eigen::Dynamic>;
using LVector = Eigen::Matrix<long double, Eigen::Dynamic, 1>;

// A pivot of the scaled, centred design smaller than this (relative to the largest) means a
// column is a linear combination of the others up to the rounding of double input data.
constexpr long double kRankTolerance = 1e-13L;

// The fast path (double QR) is taken only when the 1-norm condition number of R, the triangular
// factor of the centred, unit-length design, is at most this. Double QR with a long double
// refinement residual then loses at most about log10(kappa) of double's 16 digits; every design
// above it (Longley, Filip, Wampler, Pontius, and any rank-deficient one) goes the long double,
// column-pivoted way, which also names collinear columns.
constexpr double kMaxFastCondition = 1e3;

std::string quoted_list(const std::vector<std::string>& items) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += i + 1 == items.size() ? " and " : ", ";
    out += "'" + items[i] + "'";
  }
  return out;
}

std::string column_name(const std::vector<std::string>& names, Eigen::Index j) {
  if (j < static_cast<Eigen::Index>(names.size())) return names[j];
  return "column " + std::to_string(j + 1);
}

/// Weighted mean in two passes, accumulated in long double: the second pass corrects the
/// rounding of the first.
template <typename Column>
long double weighted_mean(const Column& v, const Eigen::VectorXd& w, long double weight_sum) {
  long double sum = 0;
  for (Eigen::Index i = 0; i < v.size(); ++i) sum += static_cast<long double>(w(i)) * v(i);
  const long double mean = sum / weight_sum;
  long double correction = 0;
  for (Eigen::Index i = 0; i < v.size(); ++i)
    correction += static_cast<long double>(w(i)) * (v(i) - mean);
  return mean + correction / weight_sum;
}

void require_finite(const Eigen::MatrixXd& x, const Eigen::VectorXd& y, const Eigen::VectorXd& w,
                    const std::vector<std::string>& names) {
  for (Eigen::Index i = 0; i < y.size(); ++i)
    if (!std::isfinite(y(i)))
      throw MethodError("the response has a missing or infinite value at observation " +
                        std::to_string(i + 1));
  for (Eigen::Index j = 0; j < x.cols(); ++j)
    for (Eigen::Index i = 0; i < x.rows(); ++i)
      if (!std::isfinite(x(i, j)))
        throw MethodError("'" + column_name(names, j) +
                          "' has a missing or infinite value at observation " +
                          std::to_string(i + 1));
  for (Eigen::Index i = 0; i < w.size(); ++i)
    if (!(w(i) >= 0) || !std::isfinite(w(i)))
      throw MethodError("weights must be non-negative and finite; observation " +
                        std::to_string(i + 1) + " has weight " + std::to_string(w(i)));
}

/// Names the columns the pivoted QR found to depend on the others.
[[noreturn]] void throw_collinear(const Eigen::ColPivHouseholderQR<LMatrix>& qr, Eigen::Index rank,
                                  const std::vector<std::string>& names, bool intercept) {
  std::vector<std::string> dropped;
  for (Eigen::Index r = rank; r < qr.cols(); ++r)
    dropped.push_back(column_name(names, qr.colsPermutation().indices()(r)));
  std::string with = intercept ? " (with the intercept)" : "";
  throw MethodError("the predictors are collinear" + with + ": " + quoted_list(dropped) +
                    (dropped.size() == 1 ? " is" : " are") +
                    " a linear combination of the other columns; remove " +
                    (dropped.size() == 1 ? "it" : "them") + " or the columns they repeat");
}

/// The problem after centring and scaling: the design is D = diag(sqrt w) (X - 1 mean') S^-1
/// with S the column lengths, the response diag(sqrt w) (y - ybar).
struct ScaledProblem {
  const Eigen::MatrixXd& x;
  const Eigen::VectorXd& y;
  Eigen::VectorXd w, sqrt_w;
  long double weight_sum = 0;
  LVector x_mean, scale;
  long double y_mean = 0;
};

/// Slopes of the scaled problem divided back by the scales, and (D'D)^-1 likewise unscaled.
struct SlopeSolution {
  LVector slopes;
  LMatrix covariance;
};

SlopeSolution unscale(const LVector& b, const LMatrix& scaled_cov, const LVector& scale) {
  const Eigen::Index k = b.size();
  SlopeSolution s{b.cwiseQuotient(scale), LMatrix(k, k)};
  for (Eigen::Index a = 0; a < k; ++a)
    for (Eigen::Index c = 0; c < k; ++c)
      s.covariance(a, c) = scaled_cov(a, c) / (scale(a) * scale(c));
  return s;
}

/// Fast path: Eigen's blocked, vectorised Householder QR of the double design, one step of
/// iterative refinement with the residual accumulated in long double from the original data.
/// Returns nothing when R's condition number exceeds kMaxFastCondition (or R is singular).
std::optional<SlopeSolution> solve_by_double_qr(const ScaledProblem& p) {
  const Eigen::Index n = p.x.rows(), k = p.x.cols();
  Eigen::MatrixXd design(n, k);
  for (Eigen::Index j = 0; j < k; ++j) {
    const double mean = static_cast<double>(p.x_mean(j));
    const double inv_scale = static_cast<double>(1 / p.scale(j));
    for (Eigen::Index i = 0; i < n; ++i)
      design(i, j) = p.sqrt_w(i) * (p.x(i, j) - mean) * inv_scale;
  }
  Eigen::VectorXd response(n);
  for (Eigen::Index i = 0; i < n; ++i)
    response(i) = static_cast<double>(p.sqrt_w(i) * (p.y(i) - p.y_mean));
  Eigen::HouseholderQR<Eigen::Ref<Eigen::MatrixXd>> qr(design);  // overwrites `design`

  const Eigen::MatrixXd r = qr.matrixQR().topLeftCorner(k, k).triangularView<Eigen::Upper>();
  if (!r.allFinite() || r.diagonal().cwiseAbs().minCoeff() == 0) return std::nullopt;
  const Eigen::MatrixXd r_inv =
      r.triangularView<Eigen::Upper>().solve(Eigen::MatrixXd::Identity(k, k));
  const double kappa =
      r.cwiseAbs().colwise().sum().maxCoeff() * r_inv.cwiseAbs().colwise().sum().maxCoeff();
  if (!(kappa <= kMaxFastCondition)) return std::nullopt;

  Eigen::VectorXd b = qr.solve(response);
  // The refinement residual r - D b from the data themselves, in long double.
  LVector b_unscaled = b.cast<long double>().cwiseQuotient(p.scale);
  Eigen::VectorXd residual(n);
  for (Eigen::Index i = 0; i < n; ++i) {
    long double e = static_cast<long double>(p.y(i)) - p.y_mean;
    for (Eigen::Index j = 0; j < k; ++j) e -= (p.x(i, j) - p.x_mean(j)) * b_unscaled(j);
    residual(i) = static_cast<double>(p.sqrt_w(i) * e);
  }
  const LVector refined = b.cast<long double>() + qr.solve(residual).cast<long double>();
  return unscale(refined, (r_inv * r_inv.transpose()).cast<long double>(), p.scale);
}

/// Robust path: column-pivoted Householder QR in long double with a rank test, one step of
/// iterative refinement. Throws MethodError naming the collinear columns.
SlopeSolution solve_by_long_double_qr(const ScaledProblem& p, const std::vector<std::string>& names,
                                      bool intercept) {
  const Eigen::Index n = p.x.rows(), k = p.x.cols();
  LMatrix design(n, k);
  for (Eigen::Index j = 0; j < k; ++j)
    for (Eigen::Index i = 0; i < n; ++i)
      design(i, j) = static_cast<long double>(p.sqrt_w(i)) * (p.x(i, j) - p.x_mean(j)) / p.scale(j);
  LVector response(n);
  for (Eigen::Index i = 0; i < n; ++i)
    response(i) = static_cast<long double>(p.sqrt_w(i)) * (p.y(i) - p.y_mean);

  Eigen::ColPivHouseholderQR<LMatrix> qr(design);
  qr.setThreshold(kRankTolerance);
  if (qr.rank() < k) throw_collinear(qr, qr.rank(), names, intercept);
  LVector b = qr.solve(response);
  // One step of iterative refinement on the residual recovers digits lost to conditioning.
  b += qr.solve(LVector(response - design * b));

  // (D'D)^-1 = P R^-1 R^-T P' for the scaled design D = Q R P'.
  LMatrix r = qr.matrixR().topLeftCorner(k, k).template triangularView<Eigen::Upper>();
  LMatrix r_inv = r.template triangularView<Eigen::Upper>().solve(LMatrix::Identity(k, k));
  LMatrix pivoted = r_inv * r_inv.transpose();
  LMatrix cov(k, k);
  const auto& perm = qr.colsPermutation().indices();
  for (Eigen::Index a = 0; a < k; ++a)
    for (Eigen::Index c = 0; c < k; ++c) cov(perm(a), perm(c)) = pivoted(a, c);
  return unscale(b, cov, p.scale);
}

}  // namespace

LeastSquares solve_least_squares(const Eigen::MatrixXd& x, const Eigen::VectorXd& y, bool intercept,
                                 const std::vector<std::string>& names,
                                 const Eigen::VectorXd& w_in) {
  const Eigen::Index n = y.size();
  const Eigen::Index k = x.cols();
  if (x.rows() != n) throw MethodError("predictors and response have different lengths");
  if (w_in.size() != 0 && w_in.size() != n)
    throw MethodError("weights and response have different lengths");
  require_finite(x, y, w_in, names);
  const Eigen::Index p = k + (intercept ? 1 : 0);
  if (p == 0) throw MethodError("the model has no coefficients: give a predictor or an intercept");
  if (n < p)
    throw MethodError("too few observations: " + std::to_string(n) + " for " + std::to_string(p) +
                      " coefficients");

  ScaledProblem prob{x, y, w_in.size() == 0 ? Eigen::VectorXd::Ones(n) : w_in, {}, 0, {}, {}, 0};
  prob.sqrt_w = prob.w.cwiseSqrt();
  for (Eigen::Index i = 0; i < n; ++i) prob.weight_sum += prob.w(i);
  if (!(prob.weight_sum > 0)) throw MethodError("every weight is zero");

  // Centring removes the intercept from the QR; the intercept is recovered from the means.
  prob.x_mean = LVector::Zero(k);
  if (intercept) {
    for (Eigen::Index j = 0; j < k; ++j)
      prob.x_mean(j) = weighted_mean(x.col(j), prob.w, prob.weight_sum);
    prob.y_mean = weighted_mean(y, prob.w, prob.weight_sum);
  }
  prob.scale.resize(k);
  for (Eigen::Index j = 0; j < k; ++j) {
    long double ss = 0;
    for (Eigen::Index i = 0; i < n; ++i) {
      const long double d = static_cast<long double>(prob.sqrt_w(i)) * (x(i, j) - prob.x_mean(j));
      ss += d * d;
    }
    prob.scale(j) = std::sqrt(ss);
    if (prob.scale(j) == 0)
      throw MethodError("'" + column_name(names, j) + "' is " +
                        (intercept ? "constant, so it repeats the intercept" : "all zeros") +
                        "; remove it");
  }

  SlopeSolution solution{LVector::Zero(k), LMatrix::Zero(k, k)};
  if (k > 0) {
    std::optional<SlopeSolution> fast = solve_by_double_qr(prob);
    solution = fast ? std::move(*fast) : solve_by_long_double_qr(prob, names, intercept);
  }
  const LVector& slopes = solution.slopes;
  const LMatrix& slope_cov = solution.covariance;

  LeastSquares out;
  out.coefficients.resize(p);
  out.unscaled_covariance.resize(p, p);
  const Eigen::Index first = intercept ? 1 : 0;
  long double b0 = 0;
  if (intercept) {
    b0 = prob.y_mean - prob.x_mean.dot(slopes);
    out.coefficients(0) = static_cast<double>(b0);
    LVector cov_mean = slope_cov * prob.x_mean;
    out.unscaled_covariance(0, 0) =
        static_cast<double>(1 / prob.weight_sum + prob.x_mean.dot(cov_mean));
    for (Eigen::Index j = 0; j < k; ++j) {
      out.unscaled_covariance(0, 1 + j) = static_cast<double>(-cov_mean(j));
      out.unscaled_covariance(1 + j, 0) = static_cast<double>(-cov_mean(j));
    }
  }
  for (Eigen::Index j = 0; j < k; ++j) out.coefficients(first + j) = static_cast<double>(slopes(j));
  for (Eigen::Index a = 0; a < k; ++a)
    for (Eigen::Index c = 0; c < k; ++c)
      out.unscaled_covariance(first + a, first + c) = static_cast<double>(slope_cov(a, c));

  // Fitted values, residuals and sums of squares in long double, row by row.
  out.fitted.resize(n);
  out.residuals.resize(n);
  long double rss = 0, tss = 0, mss = 0;
  for (Eigen::Index i = 0; i < n; ++i) {
    long double fitted = b0;
    for (Eigen::Index j = 0; j < k; ++j) fitted += static_cast<long double>(x(i, j)) * slopes(j);
    const long double residual = y(i) - fitted;
    const long double w = prob.w(i), dy = y(i) - prob.y_mean, df = fitted - prob.y_mean;
    rss += w * residual * residual;
    tss += w * dy * dy;
    mss += w * df * df;
    out.fitted(i) = static_cast<double>(fitted);
    out.residuals(i) = static_cast<double>(residual);
  }
  out.residual_ss = static_cast<double>(rss);
  out.total_ss = static_cast<double>(tss);
  out.regression_ss = static_cast<double>(mss);
  out.weight_sum = static_cast<double>(prob.weight_sum);
  return out;
}
std::vector<std::string> model_column_names(const Eigen::MatrixXd& x, size_t n,
                                            const std::vector<std::string>& names, bool intercept) {
  const size_t p = static_cast<size_t>(x.cols()) + (intercept ? 1 : 0);
  if (names.size() != p)
    throw MethodError("expected " + std::to_string(p) + " coefficient names, got " +
                      std::to_string(names.size()));
  if (n <= p)
    throw MethodError("too few observations: " + std::to_string(n) + " for " + std::to_string(p) +
                      " coefficients leaves no residual degrees of freedom");
  return std::vector<std::string>(names.begin() + (intercept ? 1 : 0), names.end());
}

}  // namespace qala::stats
