list(APPEND QALA_TEST_SOURCES
  tests/core/content_hash_test.cc
  tests/core/printed_number_test.cc
  tests/core/suggest_test.cc
  tests/pipeline/bad_input_test.cc
  tests/pipeline/fallback_load_test.cc
  tests/support/mini_project.cc
  tests/support/first_error.cc
)
list(APPEND QALA_TEST_SOURCES
  tests/pipeline/cli_test.cc
  tests/pipeline/outside_user_test.cc
  tests/pipeline/pdf_test.cc
  tests/pipeline/fallback_cli_test.cc
  tests/support/run_command.cc
)
list(APPEND QALA_TEST_SOURCES
  tests/pipeline/reproducible_test.cc
  tests/pipeline/site_test.cc
  tests/support/link_check.cc
)
list(APPEND QALA_TEST_SOURCES tests/pipeline/rebuild_test.cc tests/pipeline/cache_store_test.cc
  tests/pipeline/manifest_test.cc
  tests/pipeline/output_tree_test.cc
  tests/pipeline/parse_memo_test.cc)
list(APPEND QALA_TEST_SOURCES tests/pipeline/serve_test.cc)

# Every page of the shipped site is well-formed HTML5 by HTML Tidy (tidy -q -e prints nothing).
add_test(NAME site.tidy COMMAND bash ${CMAKE_SOURCE_DIR}/tests/site/tidy_site.sh
  $<TARGET_FILE:qala> ${CMAKE_SOURCE_DIR})
set_tests_properties(site.tidy PROPERTIES SKIP_REGULAR_EXPRESSION "QALA-SKIPPED" TIMEOUT 300)

# A made-up project of 120 studies, more than a report lists in full (kStudiesInFull), for the
# compact report and home page: written into the build folder once, then checked by HTML Tidy
# here and in Chromium by browser.large (tests/browser.cmake).
add_test(NAME site.large_project COMMAND bash ${CMAKE_SOURCE_DIR}/tests/site/large_project.sh
  ${CMAKE_SOURCE_DIR} ${CMAKE_BINARY_DIR}/large-project 120)
set_tests_properties(site.large_project PROPERTIES FIXTURES_SETUP large_project)
add_test(NAME site.tidy.large COMMAND bash ${CMAKE_SOURCE_DIR}/tests/site/tidy_site.sh
  $<TARGET_FILE:qala> ${CMAKE_BINARY_DIR}/large-project)
set_tests_properties(site.tidy.large PROPERTIES SKIP_REGULAR_EXPRESSION "QALA-SKIPPED"
  TIMEOUT 300 FIXTURES_REQUIRED large_project)
