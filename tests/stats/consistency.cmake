list(APPEND QALA_TEST_SOURCES
  tests/stats/consistency_coefficient_test.cc
  tests/stats/consistency_methods_test.cc
  tests/stats/consistency_tables_test.cc
)
