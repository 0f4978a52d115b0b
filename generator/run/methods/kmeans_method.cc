#include <algorithm>

#include "core/error.h"
#include "core/suggest.h"
#include "run/methods/multivariate_adapters.h"
#include "run/methods/multivariate_inputs.h"
#include "run/params.h"
#include "stats/kmeans.h"

namespace qala {
namespace {

/// `start: [label, ...]`: the rows whose values are the starting centres, as R's
/// kmeans(x, centers = x[c(...), ]).
Eigen::MatrixXd start_rows(const MethodCall& call, const RowData& rows, const Eigen::MatrixXd& x) {
  const Value& v = call.params.at("start");
  Eigen::MatrixXd start(static_cast<Eigen::Index>(v.items().size()), x.cols());
  for (size_t i = 0; i < v.items().size(); ++i) {
    const Value& item = v.items()[i];
    auto it = std::find(rows.labels.begin(), rows.labels.end(), item.text());
    if (it == rows.labels.end())
      throw InputError(item.where(), "no row labelled '" + item.text() + "'" +
                                         did_you_mean(item.text(), rows.labels));
    start.row(static_cast<Eigen::Index>(i)) = x.row(it - rows.labels.begin());
  }
  return start;
}

}  // namespace

Result run_kmeans(const MethodCall& call) {
  RowData rows = read_rows(call, "columns");
  Eigen::MatrixXd x = standardized_if_asked(call, rows.x);
  const int n = static_cast<int>(x.rows());
  int max_iterations = int_param_or(call, "max_iterations", 100, 1, 100000);
  stats::Partition p;
  if (call.params.find("start")) {
    Eigen::MatrixXd start = start_rows(call, rows, x);
    if (const Value* k = call.params.find("k"); k && k->integer() != start.rows())
      throw InputError(k->where(), "'k' differs from the number of 'start' rows");
    p = stats::kmeans_lloyd(x, start, max_iterations);
  } else {
    stats::KMeansOptions options;
    options.restarts = int_param_or(call, "restarts", options.restarts, 1, 100000);
    options.seed = static_cast<std::uint64_t>(
        int_param_or(call, "seed", static_cast<int>(options.seed), 0, 2147483647));
    options.max_iterations = max_iterations;
    int clusters = required_int(call, "k", 1, std::max(1, n));
    p = stats::kmeans(x, clusters, options);
  }
  // Given starting rows number the clusters unless `numbering` says otherwise, as in R.
  if (!call.params.find("start") || call.params.find("numbering"))
    p = stats::renumber(p, cluster_order_param(call, stats::ClusterOrder::kFirstAppearance));
  Result out;
  report_partition(out, rows, p);
  out.set("dropped", static_cast<double>(rows.dropped));
  return out;
}

}  // namespace qala
