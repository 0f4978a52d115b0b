list(APPEND QALA_SOURCES
  generator/write/atomic_output.cc
  generator/write/pdf_print.cc
)
