#include "run/methods/multivariate_adapters.h"
#include "run/methods/multivariate_inputs.h"
#include "stats/ranking.h"

namespace qala {

Result run_rank(const MethodCall& call) {
  RowData rows = read_rows(call, "column");
  bool descending =
      choice_param_or(call, "order", {"descending", "ascending"}, "descending") == "descending";
  bool min_ties = choice_param_or(call, "ties", {"average", "min"}, "average") == "min";
  Eigen::VectorXd ranks =
      stats::rank(rows.x.col(0), descending, min_ties ? stats::Ties::kMin : stats::Ties::kAverage);
  Result out;
  out.set("n", static_cast<double>(rows.labels.size()));
  out.set("dropped", static_cast<double>(rows.dropped));
  for (size_t i = 0; i < rows.labels.size(); ++i)
    out.set("rank/" + rows.labels[i], ranks[static_cast<Eigen::Index>(i)]);
  return out;
}

}  // namespace qala
