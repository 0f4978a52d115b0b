#include <algorithm>

#include "core/error.h"
#include "core/suggest.h"
#include "run/methods/multivariate_adapters.h"
#include "run/methods/multivariate_inputs.h"
#include "stats/correlation.h"

namespace qala {

Result run_correlation(const MethodCall& call) {
  RowData rows = read_rows(call, "columns");
  // With `target`, only each column against the target (paper 000, Tables 2 and 4); otherwise
  // every pair, each reported under both orders of its names.
  const Value* target = call.params.find("target");
  Result out;
  out.set("n", static_cast<double>(rows.labels.size()));
  out.set("df", static_cast<double>(rows.labels.size()) - 2);
  out.set("dropped", static_cast<double>(rows.dropped));
  auto report = [&](size_t a, size_t b) {
    stats::CorrelationTest t = stats::correlation_test(rows.x.col(static_cast<Eigen::Index>(a)),
                                                       rows.x.col(static_cast<Eigen::Index>(b)));
    for (auto [i, j] : {std::pair{a, b}, std::pair{b, a}}) {
      std::string pair = rows.names[i] + "/" + rows.names[j];
      out.set("r/" + pair, t.r);
      out.set("t/" + pair, t.t);
      out.set("p/" + pair, t.p);
    }
  };
  if (target) {
    auto it = std::find(rows.names.begin(), rows.names.end(), target->text());
    if (it == rows.names.end())
      throw InputError(target->where(), "the target must be one of 'columns'" +
                                            did_you_mean(target->text(), rows.names));
    size_t t = static_cast<size_t>(it - rows.names.begin());
    for (size_t j = 0; j < rows.names.size(); ++j)
      if (j != t) report(j, t);
    return out;
  }
  if (rows.names.size() < 2) throw InputError(call.where, "correlation needs at least 2 columns");
  for (size_t a = 0; a < rows.names.size(); ++a)
    for (size_t b = a + 1; b < rows.names.size(); ++b) report(a, b);
  return out;
}

}  // namespace qala
