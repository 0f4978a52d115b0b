#include "stats/least_squares.h"

#include <cmath>
#include <string>

#include "core/error.h"

namespace qala::stats {
namespace {

using LMatrix = Eigen::Matrix<long double, Eigen::Dynamic, Eigen::Dynamic>;
using LVector = Eigen::Matrix<long double, Eigen::Dynamic, 1>;

// A pivot of the scaled, centred design smaller than this (relative to the largest) means a
// column is a linear combination of the others up to the rounding of double input data.
constexpr long double kRankTolerance = 1e-13L;

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

/// Weighted mean in two passes: the second pass corrects the rounding of the first.
long double weighted_mean(const LVector& v, const LVector& w, long double weight_sum) {
  long double mean = w.dot(v) / weight_sum;
  long double correction = 0;
  for (Eigen::Index i = 0; i < v.size(); ++i) correction += w(i) * (v(i) - mean);
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

  LVector w = w_in.size() == 0 ? LVector::Ones(n) : LVector(w_in.cast<long double>());
  LVector sqrt_w = w.cwiseSqrt();
  const long double weight_sum = w.sum();
  if (!(weight_sum > 0)) throw MethodError("every weight is zero");
  LMatrix xl = x.cast<long double>();
  LVector yl = y.cast<long double>();

  // Centring removes the intercept from the QR; the intercept is recovered from the means.
  LVector x_mean = LVector::Zero(k);
  long double y_mean = 0;
  if (intercept) {
    for (Eigen::Index j = 0; j < k; ++j) x_mean(j) = weighted_mean(xl.col(j), w, weight_sum);
    y_mean = weighted_mean(yl, w, weight_sum);
  }
  LMatrix design(n, k);
  for (Eigen::Index j = 0; j < k; ++j)
    design.col(j) = sqrt_w.cwiseProduct((xl.col(j).array() - x_mean(j)).matrix());
  LVector response = sqrt_w.cwiseProduct((yl.array() - y_mean).matrix());

  LVector scale(k);
  for (Eigen::Index j = 0; j < k; ++j) {
    scale(j) = design.col(j).norm();
    if (scale(j) == 0)
      throw MethodError("'" + column_name(names, j) + "' is " +
                        (intercept ? "constant, so it repeats the intercept" : "all zeros") +
                        "; remove it");
    design.col(j) /= scale(j);
  }

  LVector slopes = LVector::Zero(k);
  LMatrix slope_cov = LMatrix::Zero(k, k);
  if (k > 0) {
    Eigen::ColPivHouseholderQR<LMatrix> qr(design);
    qr.setThreshold(kRankTolerance);
    if (qr.rank() < k) throw_collinear(qr, qr.rank(), names, intercept);
    LVector b = qr.solve(response);
    // One step of iterative refinement on the residual recovers digits lost to conditioning.
    LVector correction = qr.solve(LVector(response - design * b));
    b += correction;

    // (D'D)^-1 = P R^-1 R^-T P' for the scaled design D = Q R P'.
    LMatrix r = qr.matrixR().topLeftCorner(k, k).template triangularView<Eigen::Upper>();
    LMatrix r_inv = r.template triangularView<Eigen::Upper>().solve(LMatrix::Identity(k, k));
    LMatrix pivoted = r_inv * r_inv.transpose();
    const auto& perm = qr.colsPermutation().indices();
    for (Eigen::Index a = 0; a < k; ++a)
      for (Eigen::Index c = 0; c < k; ++c)
        slope_cov(perm(a), perm(c)) = pivoted(a, c) / (scale(perm(a)) * scale(perm(c)));
    slopes = b.cwiseQuotient(scale);
  }

  LeastSquares out;
  out.coefficients.resize(p);
  out.unscaled_covariance.resize(p, p);
  const Eigen::Index first = intercept ? 1 : 0;
  LVector full(p);
  for (Eigen::Index j = 0; j < k; ++j) full(first + j) = slopes(j);
  if (intercept) {
    full(0) = y_mean - x_mean.dot(slopes);
    LVector cov_mean = slope_cov * x_mean;
    out.unscaled_covariance(0, 0) = static_cast<double>(1 / weight_sum + x_mean.dot(cov_mean));
    for (Eigen::Index j = 0; j < k; ++j) {
      out.unscaled_covariance(0, 1 + j) = static_cast<double>(-cov_mean(j));
      out.unscaled_covariance(1 + j, 0) = static_cast<double>(-cov_mean(j));
    }
  }
  for (Eigen::Index a = 0; a < k; ++a)
    for (Eigen::Index c = 0; c < k; ++c)
      out.unscaled_covariance(first + a, first + c) = static_cast<double>(slope_cov(a, c));
  out.coefficients = full.cast<double>();

  LVector fitted = xl * slopes;
  if (intercept) fitted.array() += full(0);
  LVector residuals = yl - fitted;
  long double rss = 0, tss = 0, mss = 0;
  for (Eigen::Index i = 0; i < n; ++i) {
    rss += w(i) * residuals(i) * residuals(i);
    long double dy = yl(i) - y_mean, df = fitted(i) - y_mean;
    tss += w(i) * dy * dy;
    mss += w(i) * df * df;
  }
  out.fitted = fitted.cast<double>();
  out.residuals = residuals.cast<double>();
  out.residual_ss = static_cast<double>(rss);
  out.total_ss = static_cast<double>(tss);
  out.regression_ss = static_cast<double>(mss);
  out.weight_sum = static_cast<double>(weight_sum);
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
