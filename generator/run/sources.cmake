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
  generator/run/methods/linear_predict_method.cc
  generator/run/methods/regression_inputs.cc
  generator/run/methods/regression_method.cc
  generator/run/methods/trend_method.cc
)
