list(APPEND QALA_SOURCES
  generator/stats/distributions.cc
  generator/stats/least_squares.cc
  generator/stats/linear_model.cc
  generator/stats/moments.cc
  generator/stats/one_way_anova.cc
  generator/stats/trend.cc
)
