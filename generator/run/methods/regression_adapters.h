#pragma once
#include <optional>
#include <vector>

#include "core/result.h"
#include "run/method.h"
#include "stats/linear_model.h"

namespace qala {

/// Adapters between the method registry and generator/stats for the regression family: each
/// reads its parameters, calls the pure math and names the numbers it reports. The registry
/// lines are in regression_methods.cc; the methods pages are site/methods/<name>.<lang>.md.

/// `trend`: a spreadsheet trendline of `y` on `x` (trend_method.cc).
Result run_trend(const MethodCall& call);
/// `trend-forecast`: a fitted or printed trend evaluated at `at` (trend_method.cc).
Result run_trend_forecast(const MethodCall& call);
/// `regression`: OLS with the spreadsheet Regression tool's full output (regression_method.cc).
Result run_regression(const MethodCall& call);
/// `linear-predict`: a fitted or printed linear model evaluated at a point
/// (linear_predict_method.cc).
Result run_linear_predict(const MethodCall& call);

/// `wls`: weighted least squares, the same output as `regression` (regression_method.cc).
Result run_wls(const MethodCall& call);
/// `robust-regression`: M-estimation as MASS::rlm (robust_method.cc).
Result run_robust_regression(const MethodCall& call);
/// `panel-growth`: growth rates per unit and time of a long-form panel (panel_growth_method.cc).
Result run_panel_growth(const MethodCall& call);
/// `breusch-pagan`: heteroskedasticity test of an OLS model (diagnostics_method.cc).
Result run_breusch_pagan(const MethodCall& call);
/// `vif`: variance inflation factors of a set of predictors (diagnostics_method.cc).
Result run_vif(const MethodCall& call);
/// `trend-nls`: exponential or power trend by nonlinear least squares (trend_nls_method.cc).
Result run_trend_nls(const MethodCall& call);
/// `forecast-errors`: MAPE, MAE, RMSE and percent deviations (forecast_errors_method.cc).
Result run_forecast_errors(const MethodCall& call);
/// `one-way-anova`: between/within ANOVA of a column by groups (one_way_anova_method.cc).
Result run_one_way_anova(const MethodCall& call);

/// Writes coefficients/<name>/{estimate, standard_error, t, p, lower95, upper95}, and
/// coefficients/<name>/stars when `star_levels` is given.
void report_coefficients(Result& r, const std::vector<stats::CoefficientEstimate>& coefficients,
                         const std::optional<std::vector<double>>& star_levels);

}  // namespace qala
