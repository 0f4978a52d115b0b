list(APPEND QALA_TEST_SOURCES
  tests/robust/bad_input_case.cc
  tests/robust/bad_input_corpus_test.cc
  tests/robust/hostile_content_test.cc
  tests/robust/timestamp_test.cc
  tests/robust/kill_test.cc
  tests/robust/hostile_data_test.cc
  tests/robust/fuzz_regression_test.cc
  fuzz/fuzz_entry.cc
)
# The fuzz regression test includes "fuzz/fuzz_entry.h" from the project root.
set_source_files_properties(tests/robust/fuzz_regression_test.cc PROPERTIES INCLUDE_DIRECTORIES
  ${CMAKE_SOURCE_DIR})
