# The browser test: tests/browser/site_test.mjs builds the site with the just-built qala, serves
# it on 127.0.0.1 and drives it in headless Chromium (language switching, sortable and filterable
# tables, axe-core, screenshots in <build dir>/screenshots/). It prints QALA-SKIPPED when
# chromium or tests/browser/node_modules is missing; scripts/setup.sh installs both.
find_program(QALA_NODE NAMES node nodejs)
if(QALA_NODE)
  add_test(NAME browser.site
    COMMAND ${QALA_NODE} ${CMAKE_SOURCE_DIR}/tests/browser/site_test.mjs
      --qala $<TARGET_FILE:qala> --root ${CMAKE_SOURCE_DIR} --build ${CMAKE_BINARY_DIR})
  # The compact report and home page of a site of more than 100 studies (the project
  # site.large_project writes; tests/pipeline.cmake).
  add_test(NAME browser.large
    COMMAND ${QALA_NODE} ${CMAKE_SOURCE_DIR}/tests/browser/site_test.mjs
      --qala $<TARGET_FILE:qala> --root ${CMAKE_BINARY_DIR}/large-project
      --build ${CMAKE_BINARY_DIR}/large-browser)
else()
  add_test(NAME browser.site COMMAND ${CMAKE_COMMAND} -E echo "QALA-SKIPPED: no node")
  add_test(NAME browser.large COMMAND ${CMAKE_COMMAND} -E echo "QALA-SKIPPED: no node")
endif()
# RUN_SERIAL: Chromium wants the machine's cores to itself to stay well under the time limit.
set_tests_properties(browser.site browser.large PROPERTIES
  SKIP_REGULAR_EXPRESSION "QALA-SKIPPED" TIMEOUT 300 RUN_SERIAL TRUE)
set_tests_properties(browser.large PROPERTIES FIXTURES_REQUIRED large_project)
