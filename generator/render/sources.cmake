list(APPEND QALA_SOURCES
  generator/render/check_view.cc
  generator/render/citation.cc
  generator/render/data_table.cc
  generator/render/html.cc
  generator/render/i18n.cc
  generator/render/markdown.cc
  generator/render/number_format.cc
  generator/render/overview_pages.cc
  generator/render/page_frame.cc
  generator/render/page_text.cc
  generator/render/render_site.cc
  generator/render/study_page.cc
  generator/render/template_check.cc
)
