list(APPEND QALA_SOURCES
  generator/run/builtin_methods.cc
  generator/run/method_registry.cc
  generator/run/methods/consistency_methods.cc
  generator/run/methods/multivariate_methods.cc
  generator/run/methods/regression_methods.cc
  generator/run/params.cc
)
