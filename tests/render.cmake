list(APPEND QALA_TEST_SOURCES
  tests/render/number_format_test.cc
  tests/render/render_site_test.cc
)
