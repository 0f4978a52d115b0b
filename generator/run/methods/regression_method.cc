#include <string>

#include "core/error.h"
#include "run/methods/regression_adapters.h"
#include "run/methods/regression_inputs.h"
#include "stats/linear_model.h"
#include "stats/stars.h"

namespace qala {
namespace {

/// Every number of the model under the paths the lead's golden files use.
Result model_result(const stats::LinearModel& m,
                    const std::optional<std::vector<double>>& star_levels) {
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
  report_coefficients(r, m.coefficients, star_levels);
  return r;
}

Result fit(const MethodCall& call, bool weighted) {
  ModelInputs in = read_model_inputs(call, weighted);
  auto stars = star_levels_param(call);
  Result r =
      model_result(stats::fit_linear_model(in.x, in.y, in.names, in.intercept, in.weights), stars);
  r.set("dropped", static_cast<double>(in.dropped));
  return r;
}

}  // namespace

void report_coefficients(Result& r, const std::vector<stats::CoefficientEstimate>& coefficients,
                         const std::optional<std::vector<double>>& star_levels) {
  for (const auto& c : coefficients) {
    const std::string at = "coefficients/" + c.name + "/";
    r.set(at + "estimate", c.estimate);
    r.set(at + "standard_error", c.standard_error);
    r.set(at + "t", c.t);
    r.set(at + "p", c.p);
    r.set(at + "lower95", c.lower95);
    r.set(at + "upper95", c.upper95);
    if (star_levels) r.set(at + "stars", stats::significance_stars(c.p, *star_levels));
  }
}

Result run_regression(const MethodCall& call) { return fit(call, false); }

Result run_wls(const MethodCall& call) { return fit(call, true); }

}  // namespace qala
