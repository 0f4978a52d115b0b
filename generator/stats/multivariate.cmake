list(APPEND QALA_SOURCES
  generator/stats/autocorrelation.cc
  generator/stats/bfgs.cc
  generator/stats/boxplot.cc
  generator/stats/correlation.cc
  generator/stats/descriptive.cc
  generator/stats/hclust.cc
  generator/stats/kmeans.cc
  generator/stats/mlp.cc
  generator/stats/partition.cc
  generator/stats/partition_1d.cc
  generator/stats/principal_components.cc
  generator/stats/quantile.cc
  generator/stats/ranking.cc
  generator/stats/silhouette.cc
  generator/stats/standardize.cc
  generator/stats/varimax.cc
)
