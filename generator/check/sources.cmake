list(APPEND QALA_SOURCES
  generator/check/report_json.cc
  generator/check/report_text.cc
  generator/check/run_checks.cc
  generator/check/table_coverage.cc
)
