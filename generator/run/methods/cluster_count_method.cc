#include <algorithm>

#include "core/error.h"
#include "run/methods/multivariate_adapters.h"
#include "run/methods/multivariate_inputs.h"
#include "stats/hclust.h"
#include "stats/kmeans.h"
#include "stats/partition_1d.h"
#include "stats/silhouette.h"

namespace qala {

Result run_cluster_count(const MethodCall& call) {
  RowData rows = read_rows(call, "columns");
  Eigen::MatrixXd x = standardized_if_asked(call, rows.x);
  const int n = static_cast<int>(x.rows());
  int k_max = int_param_or(call, "k_max", std::min(10, n), 1, n);
  std::string method =
      choice_param_or(call, "method", {"kmeans", "partition-1d", "ward"}, "kmeans");
  if (method == "partition-1d" && x.cols() != 1)
    throw InputError(
        call.params.at("method").where(),
        "partition-1d clusters one column; 'columns' lists " + std::to_string(x.cols()));
  Eigen::MatrixXd d = stats::euclidean_distances(x);
  stats::MergeTree tree;
  if (method == "ward") tree = stats::hclust(d, stats::Linkage::kWardD2);
  stats::KMeansOptions options;
  options.restarts = int_param_or(call, "restarts", options.restarts, 1, 100000);
  Result out;
  out.set("n", n);
  out.set("dropped", static_cast<double>(rows.dropped));
  for (int k = 1; k <= k_max; ++k) {
    stats::Partition p;
    if (method == "kmeans") p = stats::kmeans(x, k, options);
    if (method == "partition-1d") p = stats::optimal_partition_1d(x.col(0), k);
    if (method == "ward") p = stats::describe_partition(x, stats::cut_tree(tree, k), k);
    std::string id = std::to_string(k);
    out.set("within_ss/" + id, p.within_ss.sum());
    out.set("explained/" + id, p.total_ss > 0 ? p.between_ss / p.total_ss : 0);
    // Silhouettes need two clusters and at least one cluster with two members.
    if (k >= 2 && k < n) out.set("silhouette/" + id, stats::silhouette(d, p.cluster).mean());
  }
  return out;
}

}  // namespace qala
