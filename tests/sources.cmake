list(APPEND QALA_TEST_SOURCES tests/main.cc)
# Each area lists its own test files.
include(tests/stats/regression.cmake)
include(tests/stats/multivariate.cmake)
include(tests/pipeline.cmake)
include(tests/render.cmake)
include(tests/stats/consistency.cmake)
include(tests/robust.cmake)
include(tests/browser.cmake)
