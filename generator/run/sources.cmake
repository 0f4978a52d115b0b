list(APPEND QALA_SOURCES
  generator/run/builtin_methods.cc
  generator/run/method_registry.cc
  generator/run/methods/consistency_methods.cc
  generator/run/methods/multivariate_methods.cc
  generator/run/methods/regression_methods.cc
  generator/run/params.cc
  generator/run/run_analyses.cc
)
list(APPEND QALA_SOURCES
  generator/run/methods/consistency_coefficient_methods.cc
  generator/run/methods/consistency_fit_methods.cc
  generator/run/methods/consistency_params.cc
  generator/run/methods/consistency_table_methods.cc
)
list(APPEND QALA_SOURCES
  generator/run/methods/diagnostics_method.cc
  generator/run/methods/forecast_errors_method.cc
  generator/run/methods/linear_predict_method.cc
  generator/run/methods/one_way_anova_method.cc
  generator/run/methods/panel_growth_method.cc
  generator/run/methods/regression_inputs.cc
  generator/run/methods/regression_method.cc
  generator/run/methods/robust_method.cc
  generator/run/methods/trend_method.cc
  generator/run/methods/trend_nls_method.cc
)
list(APPEND QALA_SOURCES
  generator/run/methods/autocorrelation_method.cc
  generator/run/methods/cluster_count_method.cc
  generator/run/methods/composite_index_method.cc
  generator/run/methods/correlation_method.cc
  generator/run/methods/descriptive_method.cc
  generator/run/methods/factor_analysis_method.cc
  generator/run/methods/hclust_method.cc
  generator/run/methods/kmeans_method.cc
  generator/run/methods/mlp_method.cc
  generator/run/methods/multivariate_inputs.cc
  generator/run/methods/partition_1d_method.cc
  generator/run/methods/rank_method.cc
)
