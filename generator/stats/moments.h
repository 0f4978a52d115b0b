#pragma once
#include <Eigen/Dense>

namespace qala::stats {

/// Accurate sample moments. Sums are accumulated in long double around a first estimate of the
/// mean, which is then corrected (two-pass with correction, Björck 1996), so data with a large
/// common offset (NIST NumAcc4: 10000000.2, 10000000.1, ...) keep every digit double input has.

/// Arithmetic mean; throws MethodError for an empty sample or a non-finite value.
double mean(const Eigen::VectorXd& y);
/// Sample standard deviation with denominator n - 1; needs n >= 2.
double standard_deviation(const Eigen::VectorXd& y);
/// Sample variance with denominator n - 1; needs n >= 2.
double variance(const Eigen::VectorXd& y);
/// Lag-1 autocorrelation as NIST StRD defines it:
/// sum_{t>=2} (y_t - ybar)(y_{t-1} - ybar) / sum_t (y_t - ybar)^2.
double lag1_autocorrelation(const Eigen::VectorXd& y);

/// The same mean in long double, for callers that go on accumulating around it.
long double mean_long(const Eigen::VectorXd& y);

}  // namespace qala::stats
