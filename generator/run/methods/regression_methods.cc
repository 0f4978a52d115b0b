#include "run/methods/method_families.h"
#include "run/methods/regression_adapters.h"

namespace qala {

// One line per method; the adapters are in <name>_method.cc, the pages in site/methods/.
void add_regression_methods(MethodRegistry& r) {
  // clang-format off
  r.add({"trend", "spreadsheet trendline (linear, logarithmic, exponential, power, polynomial): coefficients, R^2, R, n", {"x", "y", "family", "degree", "missing"}, run_trend});
  r.add({"trend-forecast", "a fitted or printed trend evaluated at t", {"at", "fit", "family", "coefficients"}, run_trend_forecast});
  r.add({"regression", "OLS with the spreadsheet Regression tool's full output: fit statistics, ANOVA, coefficient table", {"y", "x", "names", "intercept", "missing", "star_levels"}, run_regression});
  r.add({"linear-predict", "a fitted or printed linear model evaluated at given predictor values", {"model", "coefficients", "intercept_name", "at"}, run_linear_predict});
  r.add({"wls", "weighted least squares (weights from a column, 1/x, 1/x^2 or inverse variance within groups), regression's full output", {"y", "x", "names", "intercept", "missing", "weights", "star_levels"}, run_wls});
  r.add({"robust-regression", "M-estimation (Huber or bisquare psi, MAD scale, IRLS) as MASS::rlm, with z-based p-values", {"y", "x", "names", "intercept", "missing", "psi", "tuning", "max_iterations", "tolerance", "star_levels"}, run_robust_regression});
  r.add({"breusch-pagan", "Breusch-Pagan heteroskedasticity test (Koenker studentised or original) of an OLS model", {"y", "x", "z", "variant", "missing"}, run_breusch_pagan});
  r.add({"vif", "variance inflation factors from auxiliary regressions", {"x", "missing"}, run_vif});
  r.add({"trend-nls", "exponential or power trend by nonlinear least squares (Levenberg-Marquardt) on the original scale", {"x", "y", "family", "missing"}, run_trend_nls});
  r.add({"forecast-errors", "MAPE, MAE, RMSE and percent deviations of forecasts from actual values", {"actual", "forecast", "actual_column", "forecast_column", "missing"}, run_forecast_errors});
  r.add({"one-way-anova", "one-way analysis of variance of a column by groups", {"y", "group", "missing"}, run_one_way_anova});
  r.add({"panel-growth", "growth rates (change, percent, log difference) per unit and time of a long-form panel, for later models", {"id", "time", "derive", "gaps"}, run_panel_growth});
  // clang-format on
}

}  // namespace qala
