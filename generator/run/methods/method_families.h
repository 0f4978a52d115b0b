#pragma once
#include "run/method_registry.h"

namespace qala {

/// Trends, forecasts, regression (OLS, WLS, robust), diagnostics: regression_methods.cc.
void add_regression_methods(MethodRegistry& registry);
/// Descriptive statistics, indices, correlation, factor analysis, clustering, neural networks:
/// multivariate_methods.cc.
void add_multivariate_methods(MethodRegistry& registry);
/// Checks of printed numbers against each other (t = b / SE, p from t, stars, F from R^2...):
/// consistency_methods.cc.
void add_consistency_methods(MethodRegistry& registry);

}  // namespace qala
