list(APPEND QALA_TEST_SOURCES
  tests/data/referential_integrity_test.cc
)
