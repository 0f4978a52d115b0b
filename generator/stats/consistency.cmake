list(APPEND QALA_SOURCES
  generator/stats/consistency_bounded.cc
  generator/stats/consistency_coefficient.cc
  generator/stats/consistency_fit.cc
  generator/stats/consistency_sums.cc
  generator/stats/consistency_summary.cc
)
