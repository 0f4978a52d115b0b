#pragma once
#include "core/result.h"
#include "run/method.h"

namespace qala {

/// Adapters between the method registry and generator/stats for the multivariate family: each
/// reads its parameters, calls the pure math and names the numbers it reports. The registry
/// lines are in multivariate_methods.cc; the methods pages are site/methods/<name>.<lang>.md.

/// `descriptive`: n, mean, SD, min, max, quantiles and box plot per column
/// (descriptive_method.cc).
Result run_descriptive(const MethodCall& call);
/// `autocorrelation`: ACF with its white-noise bound and the Ljung-Box test
/// (autocorrelation_method.cc).
Result run_autocorrelation(const MethodCall& call);
/// `composite-index`: standardised indicators, weighted sum, rank (composite_index_method.cc).
Result run_composite_index(const MethodCall& call);
/// `rank`: ranks of one column with a stated rule for ties (rank_method.cc).
Result run_rank(const MethodCall& call);
/// `kmeans`: k-means with k-means++ restarts or given starting rows (kmeans_method.cc).
Result run_kmeans(const MethodCall& call);
/// `hclust`: agglomerative clustering, merge tree and an optional cut (hclust_method.cc).
Result run_hclust(const MethodCall& call);
/// `partition-1d`: exact optimal k-group partition of one column (partition_1d_method.cc).
Result run_partition_1d(const MethodCall& call);
/// `cluster-count`: within-SS and silhouette for k = 1..k_max (cluster_count_method.cc).
Result run_cluster_count(const MethodCall& call);
/// `correlation`: Pearson r, t and p for column pairs (correlation_method.cc).
Result run_correlation(const MethodCall& call);
/// `factor-analysis`: principal components, loadings, varimax (factor_analysis_method.cc).
Result run_factor_analysis(const MethodCall& call);
/// `mlp`: a multilayer perceptron trained by BFGS; fit, test errors, forecasts (mlp_method.cc).
Result run_mlp(const MethodCall& call);

}  // namespace qala
