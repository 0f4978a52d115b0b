#include "stats/autocorrelation.h"

#include <cmath>
#include <string>

#include "core/error.h"
#include "stats/descriptive.h"
#include "stats/distributions.h"

namespace qala::stats {

Eigen::VectorXd autocorrelation(const Eigen::VectorXd& x, Eigen::Index max_lag) {
  require_finite(x, "autocorrelation");
  const Eigen::Index n = x.size();
  if (max_lag < 1 || max_lag >= n)
    throw MethodError("autocorrelation: the lag must be between 1 and n - 1 = " +
                      std::to_string(n - 1) + ", got " + std::to_string(max_lag));
  Eigen::VectorXd d = x.array() - x.mean();
  double c0 = d.squaredNorm();
  if (c0 == 0) throw MethodError("autocorrelation of a constant series is undefined");
  Eigen::VectorXd r(max_lag);
  for (Eigen::Index k = 1; k <= max_lag; ++k) r[k - 1] = d.head(n - k).dot(d.tail(n - k)) / c0;
  return r;
}

double autocorrelation_bound(Eigen::Index n, double level) {
  if (n < 1) throw MethodError("autocorrelation bound needs at least one value");
  return normal_quantile((1 + level) / 2) / std::sqrt(static_cast<double>(n));
}

LjungBox ljung_box(const Eigen::VectorXd& x, Eigen::Index lags) {
  Eigen::VectorXd r = autocorrelation(x, lags);
  const double n = static_cast<double>(x.size());
  LjungBox out;
  for (Eigen::Index k = 1; k <= lags; ++k)
    out.q += r[k - 1] * r[k - 1] / (n - static_cast<double>(k));
  out.q *= n * (n + 2);
  out.df = static_cast<double>(lags);
  out.p = chi2_upper_p(out.q, out.df);
  return out;
}

}  // namespace qala::stats
