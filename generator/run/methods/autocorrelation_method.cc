#include <algorithm>
#include <cmath>

#include "run/methods/multivariate_adapters.h"
#include "run/methods/multivariate_inputs.h"
#include "run/params.h"
#include "stats/autocorrelation.h"

namespace qala {

Result run_autocorrelation(const MethodCall& call) {
  RowData rows = read_rows(call, "column");
  Eigen::VectorXd x = rows.x.col(0);
  const auto n = static_cast<int>(x.size());
  // R's acf default: 10 log10(n) lags, at most n - 1.
  int fallback = std::max(1, std::min(n - 1, static_cast<int>(10 * std::log10(n))));
  int max_lag = int_param_or(call, "max_lag", fallback, 1, std::max(1, n - 1));
  Eigen::VectorXd r = stats::autocorrelation(x, max_lag);
  double bound = stats::autocorrelation_bound(x.size(), number_param_or(call, "level", 0.95));
  Result out;
  out.set("n", n);
  out.set("dropped", static_cast<double>(rows.dropped));
  out.set("bound", bound);
  for (int k = 1; k <= max_lag; ++k) out.set("acf/" + std::to_string(k), r[k - 1]);
  for (int k = 1; k <= max_lag; ++k)
    out.set("significant/" + std::to_string(k), std::abs(r[k - 1]) > bound ? 1 : 0);
  int lags = int_param_or(call, "ljung_box_lags", max_lag, 1, max_lag);
  stats::LjungBox lb = stats::ljung_box(x, lags);
  out.set("ljung_box/q", lb.q);
  out.set("ljung_box/df", lb.df);
  out.set("ljung_box/p", lb.p);
  return out;
}

}  // namespace qala
