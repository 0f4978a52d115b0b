#pragma once
#include <Eigen/Dense>

namespace qala::stats {

/// Sample autocorrelations r_1..r_max_lag as R's acf(): r_k = sum_{t<=n-k} (x_t - m)(x_{t+k} - m)
/// / sum_t (x_t - m)^2 with m the mean of the whole series. Throws MethodError when max_lag is
/// not in 1..n-1, on a NaN, or on a constant series.
Eigen::VectorXd autocorrelation(const Eigen::VectorXd& x, Eigen::Index max_lag);

/// The half-width of the band R's acf plot draws: z_{(1+level)/2} / sqrt(n) (1.959964 / sqrt(n)
/// for level 0.95), the approximate bound of r_k under white noise.
double autocorrelation_bound(Eigen::Index n, double level = 0.95);

/// Ljung-Box portmanteau test over lags 1..lags (as R's Box.test(type = "Ljung-Box")).
struct LjungBox {
  double q = 0;
  double df = 0;
  double p = 0;
};
LjungBox ljung_box(const Eigen::VectorXd& x, Eigen::Index lags);

}  // namespace qala::stats
