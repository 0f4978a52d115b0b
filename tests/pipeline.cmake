list(APPEND QALA_TEST_SOURCES
  tests/core/printed_number_test.cc
  tests/core/suggest_test.cc
)
