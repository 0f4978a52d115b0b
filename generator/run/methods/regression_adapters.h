#pragma once
#include "core/result.h"
#include "run/method.h"

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

}  // namespace qala
