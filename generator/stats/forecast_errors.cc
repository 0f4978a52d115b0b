#include "stats/forecast_errors.h"

#include <cmath>
#include <string>

#include "core/error.h"

namespace qala::stats {

ForecastErrors forecast_errors(const Eigen::VectorXd& actual, const Eigen::VectorXd& forecast) {
  if (actual.size() != forecast.size())
    throw MethodError("expected as many forecasts as actual values, got " +
                      std::to_string(forecast.size()) + " and " + std::to_string(actual.size()));
  if (actual.size() == 0) throw MethodError("no values to compare");
  ForecastErrors e;
  e.n = static_cast<size_t>(actual.size());
  e.percent_deviation.resize(actual.size());
  double abs_pct = 0, abs_err = 0, sq_err = 0;
  for (Eigen::Index i = 0; i < actual.size(); ++i) {
    if (!std::isfinite(actual(i)) || !std::isfinite(forecast(i)))
      throw MethodError("value " + std::to_string(i + 1) + " is missing or infinite");
    if (actual(i) == 0)
      throw MethodError("actual value " + std::to_string(i + 1) +
                        " is 0: a percentage error is undefined");
    const double err = forecast(i) - actual(i);
    e.percent_deviation(i) = err / actual(i) * 100;
    abs_pct += std::fabs(err / actual(i));
    abs_err += std::fabs(err);
    sq_err += err * err;
  }
  const auto n = static_cast<double>(e.n);
  e.mape = abs_pct / n * 100;
  e.mae = abs_err / n;
  e.rmse = std::sqrt(sq_err / n);
  return e;
}

}  // namespace qala::stats
