list(APPEND QALA_SOURCES
  generator/stats/distributions.cc
)
