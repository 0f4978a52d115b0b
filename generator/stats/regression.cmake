list(APPEND QALA_SOURCES
  generator/stats/breusch_pagan.cc
  generator/stats/distributions.cc
  generator/stats/forecast_errors.cc
  generator/stats/least_squares.cc
  generator/stats/linear_model.cc
  generator/stats/moments.cc
  generator/stats/nonlinear_trend.cc
  generator/stats/one_way_anova.cc
  generator/stats/panel_growth.cc
  generator/stats/robust.cc
  generator/stats/stars.cc
  generator/stats/trend.cc
  generator/stats/vif.cc
  generator/stats/weights.cc
)
