#include <cmath>

#include "core/error.h"
#include "run/methods/multivariate_adapters.h"
#include "run/methods/multivariate_inputs.h"
#include "run/params.h"
#include "stats/boxplot.h"
#include "stats/descriptive.h"
#include "stats/quantile.h"

namespace qala {
namespace {

std::vector<double> probabilities(const MethodCall& call) {
  if (!call.params.find("probs")) return {0.25, 0.5, 0.75};
  std::vector<double> probs = number_list_param(call, "probs");
  for (double p : probs)
    if (!(p >= 0 && p <= 1))
      throw InputError(call.params.at("probs").where(), "probabilities must lie in [0, 1]");
  return probs;
}

}  // namespace

Result run_descriptive(const MethodCall& call) {
  std::vector<NamedColumn> columns = column_list_of(call, "columns");
  std::vector<std::string> labels = row_labels(call);
  std::string missing = choice_param_or(call, "missing", {"refuse", "drop"}, "refuse");
  int type = int_param_or(call, "quantile_type", 7, 1, 9);
  std::vector<double> probs = probabilities(call);
  stats::Hinges hinges = choice_param_or(call, "hinges", {"type7", "tukey"}, "type7") == "tukey"
                             ? stats::Hinges::kTukey
                             : stats::Hinges::kQuantileType7;
  double coef = number_param_or(call, "whisker", 1.5);
  Result out;
  for (const NamedColumn& c : columns) {
    // Each variable keeps its own present values, as a summary table's "Obs." row does.
    std::vector<double> present;
    std::vector<std::string> present_labels;
    for (size_t r = 0; r < c.numbers->size(); ++r) {
      if (std::isnan((*c.numbers)[r])) continue;
      present.push_back((*c.numbers)[r]);
      present_labels.push_back(labels[r]);
    }
    size_t missing_count = c.numbers->size() - present.size();
    if (missing_count > 0 && missing == "refuse") {
      size_t first = 0;
      while (!std::isnan((*c.numbers)[first])) ++first;
      std::string at = first < call.table->rows.size()
                           ? " (first at " + call.table->rows[first].str() + ")"
                           : "";
      throw InputError(call.where, "column '" + c.name + "' has " + std::to_string(missing_count) +
                                       " missing value(s)" + at +
                                       "; fill them in or add 'missing: drop'");
    }
    Eigen::Map<const Eigen::VectorXd> x(present.data(), static_cast<Eigen::Index>(present.size()));
    stats::Summary s = stats::summarize(x);
    const std::string v = c.name + "/";
    out.set(v + "n", static_cast<double>(s.n));
    out.set(v + "missing", static_cast<double>(missing_count));
    out.set(v + "mean", s.mean);
    out.set(v + "sd", s.sd);
    out.set(v + "min", s.min);
    out.set(v + "max", s.max);
    for (double p : probs) out.set(v + "quantiles/" + percent_name(p), stats::quantile(x, p, type));
    stats::BoxPlot b = stats::box_plot(x, hinges, coef);
    out.set(v + "boxplot/lower_whisker", b.lower_whisker);
    out.set(v + "boxplot/lower_hinge", b.lower_hinge);
    out.set(v + "boxplot/median", b.median);
    out.set(v + "boxplot/upper_hinge", b.upper_hinge);
    out.set(v + "boxplot/upper_whisker", b.upper_whisker);
    out.set(v + "boxplot/lower_fence", b.lower_fence);
    out.set(v + "boxplot/upper_fence", b.upper_fence);
    out.set(v + "boxplot/outliers", static_cast<double>(b.outliers.size()));
    for (Eigen::Index i : b.outliers)
      out.set(v + "outliers/" + present_labels[static_cast<size_t>(i)], x[i]);
  }
  return out;
}

}  // namespace qala
