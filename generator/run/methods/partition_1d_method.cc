#include "run/methods/multivariate_adapters.h"
#include "run/methods/multivariate_inputs.h"
#include "stats/partition_1d.h"

namespace qala {

Result run_partition_1d(const MethodCall& call) {
  RowData rows = read_rows(call, "column");
  int k = required_int(call, "k", 1, static_cast<int>(rows.x.rows()));
  stats::Partition p = stats::optimal_partition_1d(rows.x.col(0), k);
  p = stats::renumber(p, cluster_order_param(call, stats::ClusterOrder::kAscending));
  Result out;
  report_partition(out, rows, p);
  out.set("dropped", static_cast<double>(rows.dropped));
  return out;
}

}  // namespace qala
