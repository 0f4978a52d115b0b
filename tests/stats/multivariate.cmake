list(APPEND QALA_TEST_SOURCES
  tests/stats/association_test.cc
  tests/stats/clustering_test.cc
  tests/stats/descriptive_test.cc
  tests/stats/index_test.cc
  tests/stats/mlp_test.cc
)
list(APPEND QALA_TEST_SOURCES tests/stats/multivariate_methods_test.cc)
