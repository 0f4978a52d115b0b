#include <string>

#include "core/error.h"
#include "core/suggest.h"
#include "run/methods/regression_adapters.h"
#include "run/methods/regression_inputs.h"
#include "run/params.h"
#include "stats/robust.h"

namespace qala {

Result run_robust_regression(const MethodCall& call) {
  ModelInputs in = read_model_inputs(call, false);
  stats::RobustOptions options;
  if (const Value* psi = call.params.find("psi")) {
    auto parsed = stats::parse_robust_psi(psi->text());
    if (!parsed)
      throw InputError(psi->where(), "unknown psi '" + psi->text() +
                                         "'; expected huber or bisquare" +
                                         did_you_mean(psi->text(), {"huber", "bisquare"}));
    options.psi = *parsed;
  }
  options.tuning = number_param_or(call, "tuning", 0);
  if (options.tuning < 0) throw InputError(call.params.at("tuning").where(), "expected tuning > 0");
  if (const Value* v = call.params.find("max_iterations")) {
    long m = v->integer();
    if (m < 1 || m > 1000) throw InputError(v->where(), "expected 1 to 1000 iterations");
    options.max_iterations = static_cast<int>(m);
  }
  options.tolerance = number_param_or(call, "tolerance", options.tolerance);
  if (!(options.tolerance > 0))
    throw InputError(call.params.at("tolerance").where(), "expected tolerance > 0");

  stats::RobustFit fit = stats::fit_robust(in.x, in.y, in.names, in.intercept, options);
  Result r;
  r.set("scale", fit.scale);
  r.set("observations", static_cast<double>(fit.observations));
  r.set("dropped", static_cast<double>(in.dropped));
  r.set("iterations", fit.iterations);
  r.set("converged", fit.converged ? 1 : 0);
  report_coefficients(r, fit.coefficients, star_levels_param(call));
  return r;
}

}  // namespace qala
