list(APPEND QALA_TEST_SOURCES
  tests/render/chart_test.cc
  tests/render/collation_test.cc
  tests/render/number_format_test.cc
  tests/render/mustache_test.cc
  tests/render/plural_test.cc
  tests/render/programme_pages_test.cc
  tests/render/render_site_test.cc
  tests/render/shipped_site_test.cc
  tests/render/sitemap_test.cc
  tests/render/slug_test.cc
  tests/render/study_pages_test.cc
  tests/render/table_markup_test.cc
  tests/render/template_check_test.cc
  tests/render/town_pages_test.cc
  tests/render/trend_charts_test.cc
  tests/render/untranslated_test.cc
)
