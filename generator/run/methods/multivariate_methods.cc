#include "run/methods/method_families.h"
#include "run/methods/multivariate_adapters.h"

namespace qala {

// One line per method; the adapters are in <name>_method.cc, the pages in site/methods/.
void add_multivariate_methods(MethodRegistry& r) {
  // clang-format off
  r.add({"descriptive", "summary table per column: n, mean, SD (n-1), min, max, quantiles (R type 7), Tukey box plot and outliers", {"columns", "label", "missing", "probs", "quantile_type", "hinges", "whisker"}, run_descriptive});
  r.add({"autocorrelation", "autocorrelation function with the +-1.96/sqrt(n) bound and the Ljung-Box test", {"column", "label", "missing", "max_lag", "level", "ljung_box_lags"}, run_autocorrelation});
  r.add({"composite-index", "weighted additive index I = sum P_i V_i of standardised indicators, with ranks", {"columns", "label", "missing", "standardize", "reverse", "weights", "weight_path", "ties"}, run_composite_index});
  r.add({"rank", "ranks of one column (largest first by default), ties averaged or given the lowest rank", {"column", "label", "missing", "order", "ties"}, run_rank});
  r.add({"kmeans", "k-means (Lloyd) from k-means++ restarts or given rows: clusters, distances to centres, sums of squares", {"columns", "label", "missing", "k", "standardize", "restarts", "seed", "start", "numbering", "max_iterations"}, run_kmeans});
  r.add({"hclust", "hierarchical clustering (single, complete, average, Ward): merge tree and a cut into k", {"columns", "label", "missing", "linkage", "standardize", "k", "numbering"}, run_hclust});
  r.add({"partition-1d", "exact optimal partition of one column into k groups (minimum within-SS)", {"column", "label", "missing", "k", "numbering"}, run_partition_1d});
  r.add({"cluster-count", "within-SS, explained share and mean silhouette for k = 1..k_max", {"columns", "label", "missing", "k_max", "method", "standardize", "restarts"}, run_cluster_count});
  r.add({"correlation", "Pearson correlations with t and two-sided p (n-2 df), all pairs or against a target", {"columns", "label", "missing", "target"}, run_correlation});
  r.add({"factor-analysis", "principal-component factor analysis: eigenvalues, explained variance, loadings, varimax", {"columns", "label", "missing", "factors", "rotation"}, run_factor_analysis});
  r.add({"mlp", "multilayer perceptron trained by BFGS on squared error: weights, errors per row, forecasts", {"inputs", "target", "label", "missing", "hidden", "activation", "output_activation", "scale", "test", "seed", "restarts", "max_iterations"}, run_mlp});
  // clang-format on
}

}  // namespace qala
