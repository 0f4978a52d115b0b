#include <string>

#include "core/error.h"
#include "run/methods/regression_adapters.h"
#include "run/methods/regression_inputs.h"
#include "stats/linear_model.h"

namespace qala {
namespace {

/// Every number of the model under the paths the lead's golden files use.
Result model_result(const stats::LinearModel& m) {
  Result r;
  r.set("multiple_r", m.multiple_r);
  r.set("r2", m.r2);
  r.set("adjusted_r2", m.adjusted_r2);
  r.set("standard_error", m.standard_error);
  r.set("observations", static_cast<double>(m.observations));
  r.set("anova/regression/df", m.regression.df);
  r.set("anova/regression/ss", m.regression.ss);
  r.set("anova/regression/ms", m.regression.ms);
  r.set("anova/regression/f", m.f);
  r.set("anova/regression/significance_f", m.significance_f);
  r.set("anova/residual/df", m.residual.df);
  r.set("anova/residual/ss", m.residual.ss);
  r.set("anova/residual/ms", m.residual.ms);
  r.set("anova/total/df", m.total.df);
  r.set("anova/total/ss", m.total.ss);
  for (const auto& c : m.coefficients) {
    const std::string at = "coefficients/" + c.name + "/";
    r.set(at + "estimate", c.estimate);
    r.set(at + "standard_error", c.standard_error);
    r.set(at + "t", c.t);
    r.set(at + "p", c.p);
    r.set(at + "lower95", c.lower95);
    r.set(at + "upper95", c.upper95);
  }
  return r;
}

}  // namespace

Result run_regression(const MethodCall& call) {
  NamedColumn y = column_of(call, "y");
  std::vector<NamedColumn> xs = column_list_of(call, "x");
  const bool intercept = bool_param_or(call, "intercept", true);

  std::vector<std::string> default_names;
  if (intercept) default_names.push_back("intercept");
  for (const auto& x : xs) default_names.push_back(x.name);
  std::vector<std::string> names = name_list_param_or(call, "names", default_names);
  if (names.size() != default_names.size())
    throw InputError(call.params.at("names").where(),
                     "expected " + std::to_string(default_names.size()) + " names (" +
                         (intercept ? "the intercept, then " : "") +
                         "one per column of 'x'), got " + std::to_string(names.size()));

  std::vector<NamedColumn> columns{y};
  columns.insert(columns.end(), xs.begin(), xs.end());
  Eigen::MatrixXd data = complete_rows(call, columns);
  Eigen::MatrixXd x = data.rightCols(data.cols() - 1);
  return model_result(stats::fit_linear_model(x, data.col(0), names, intercept));
}

}  // namespace qala
