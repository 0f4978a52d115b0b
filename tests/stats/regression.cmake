list(APPEND QALA_TEST_SOURCES
  tests/stats/diagnostics_test.cc
  tests/stats/distributions_test.cc
  tests/stats/linear_model_test.cc
  tests/stats/nist_strd_test.cc
  tests/stats/nonlinear_trend_test.cc
  tests/stats/panel_growth_test.cc
  tests/stats/regression_methods_test.cc
  tests/stats/robust_test.cc
  tests/stats/trend_test.cc
)
