list(APPEND QALA_TEST_SOURCES
  tests/core/printed_number_test.cc
  tests/core/suggest_test.cc
  tests/pipeline/bad_input_test.cc
  tests/support/mini_project.cc
)
