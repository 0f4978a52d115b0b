#include "run/methods/method_families.h"
#include "run/methods/regression_adapters.h"

namespace qala {

// One line per method; the adapters are in <name>_method.cc, the pages in site/methods/.
void add_regression_methods(MethodRegistry& r) {
  // clang-format off
  r.add({"trend", "spreadsheet trendline (linear, logarithmic, exponential, power, polynomial): coefficients, R^2, R, n", {"x", "y", "family", "degree", "missing"}, run_trend});
  r.add({"trend-forecast", "a fitted or printed trend evaluated at t", {"at", "fit", "family", "coefficients"}, run_trend_forecast});
  r.add({"regression", "OLS with the spreadsheet Regression tool's full output: fit statistics, ANOVA, coefficient table", {"y", "x", "names", "intercept", "missing"}, run_regression});
  r.add({"linear-predict", "a fitted or printed linear model evaluated at given predictor values", {"model", "coefficients", "intercept_name", "at"}, run_linear_predict});
  // clang-format on
}

}  // namespace qala
