#include "run/methods/multivariate_adapters.h"
#include "run/methods/multivariate_inputs.h"
#include "stats/principal_components.h"
#include "stats/varimax.h"

namespace qala {

Result run_factor_analysis(const MethodCall& call) {
  RowData rows = read_rows(call, "columns");
  stats::PrincipalComponents pc = stats::principal_components(rows.x);
  const auto p = static_cast<int>(rows.names.size());
  // Default: Kaiser's rule (eigenvalues above 1), STATISTICA's default too.
  int factors =
      int_param_or(call, "factors", static_cast<int>(stats::kaiser_count(pc.eigenvalues)), 1, p);
  bool rotate = choice_param_or(call, "rotation", {"varimax", "none"}, "varimax") == "varimax";
  Eigen::MatrixXd loadings = pc.loadings.leftCols(factors);
  if (rotate) loadings = stats::varimax(loadings).loadings;
  Result out;
  out.set("n", static_cast<double>(rows.labels.size()));
  out.set("factors", factors);
  out.set("dropped", static_cast<double>(rows.dropped));
  double cumulative = 0;
  for (int i = 0; i < p; ++i) {
    std::string id = std::to_string(i + 1);
    cumulative += pc.explained[i];
    out.set("eigenvalues/" + id, pc.eigenvalues[i]);
    out.set("explained/" + id, 100 * pc.explained[i]);
    out.set("cumulative/" + id, 100 * cumulative);
  }
  for (int v = 0; v < p; ++v) {
    const std::string& name = rows.names[static_cast<size_t>(v)];
    for (int f = 0; f < factors; ++f)
      out.set("loadings/" + name + "/" + std::to_string(f + 1), loadings(v, f));
    out.set("communality/" + name, loadings.row(v).squaredNorm());
  }
  return out;
}

}  // namespace qala
