#pragma once
#include <Eigen/Dense>

namespace qala::stats {

/// How far forecasts are from what happened.
struct ForecastErrors {
  /// Mean absolute percentage error, 100/n sum |(actual - forecast) / actual|.
  double mape = 0;
  /// Mean absolute error and root mean squared error, in the data's units.
  double mae = 0;
  double rmse = 0;
  /// Percent deviation of each forecast, (forecast - actual) / actual * 100.
  Eigen::VectorXd percent_deviation;
  size_t n = 0;
};

/// Compares forecasts with actual values point by point. Throws MethodError when the lengths
/// differ, the input is empty or not finite, or an actual value is 0 (no percentage).
ForecastErrors forecast_errors(const Eigen::VectorXd& actual, const Eigen::VectorXd& forecast);

}  // namespace qala::stats
