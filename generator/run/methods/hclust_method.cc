#include "run/methods/multivariate_adapters.h"
#include "run/methods/multivariate_inputs.h"
#include "stats/hclust.h"

namespace qala {

Result run_hclust(const MethodCall& call) {
  RowData rows = read_rows(call, "columns");
  Eigen::MatrixXd x = standardized_if_asked(call, rows.x);
  std::string name =
      choice_param_or(call, "linkage", {"single", "complete", "average", "ward"}, "ward");
  stats::Linkage linkage = name == "single"     ? stats::Linkage::kSingle
                           : name == "complete" ? stats::Linkage::kComplete
                           : name == "average"  ? stats::Linkage::kAverage
                                                : stats::Linkage::kWardD2;
  stats::MergeTree tree = stats::hclust(stats::euclidean_distances(x), linkage);
  Result out;
  out.set("dropped", static_cast<double>(rows.dropped));
  for (size_t s = 0; s < tree.merge.size(); ++s) {
    std::string step = std::to_string(s + 1);
    out.set("merge/" + step + "/a", tree.merge[s][0]);
    out.set("merge/" + step + "/b", tree.merge[s][1]);
    out.set("height/" + step, tree.height[s]);
  }
  for (size_t i = 0; i < tree.order.size(); ++i)
    out.set("order/" + std::to_string(i + 1), tree.order[i]);
  if (call.params.find("k")) {
    int k = int_param_or(call, "k", 1, 1, static_cast<int>(x.rows()));
    std::vector<int> cut = stats::cut_tree(tree, k);
    // Centres and distances are reported in the clustering's own units (z-scores when asked).
    stats::Partition p = stats::describe_partition(x, cut, k);
    report_partition(
        out, rows,
        stats::renumber(p, cluster_order_param(call, stats::ClusterOrder::kFirstAppearance)));
  }
  return out;
}

}  // namespace qala
