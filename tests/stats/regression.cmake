list(APPEND QALA_TEST_SOURCES
  tests/stats/distributions_test.cc
  tests/stats/linear_model_test.cc
  tests/stats/nist_strd_test.cc
  tests/stats/regression_methods_test.cc
  tests/stats/trend_test.cc
)
