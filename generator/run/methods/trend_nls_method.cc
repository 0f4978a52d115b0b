#include <string>

#include "core/error.h"
#include "core/suggest.h"
#include "run/methods/regression_adapters.h"
#include "run/methods/regression_inputs.h"
#include "stats/nonlinear_trend.h"

namespace qala {

Result run_trend_nls(const MethodCall& call) {
  NamedColumn x = column_of(call, "x");
  NamedColumn y = column_of(call, "y");
  const Value* family_value = call.params.find("family");
  if (!family_value) throw InputError(call.where, "missing required parameter 'family'");
  auto family = stats::parse_trend_family(family_value->text());
  if (family != stats::TrendFamily::kExponential && family != stats::TrendFamily::kPower)
    throw InputError(family_value->where(),
                     "expected family exponential or power, found '" + family_value->text() + "'" +
                         did_you_mean(family_value->text(), {"exponential", "power"}));
  Eigen::MatrixXd data = complete_rows(call, {x, y});
  stats::NonlinearTrendFit fit = stats::fit_trend_nonlinear(data.col(0), data.col(1), *family);
  Result r;
  r.set("coefficients/a", fit.trend.coefficients[0]);
  r.set("coefficients/b", fit.trend.coefficients[1]);
  r.set("r2", fit.trend.r2);
  r.set("r", fit.trend.r);
  r.set("n", static_cast<double>(fit.trend.n));
  r.set("rss", fit.residual_ss);
  return r;
}

}  // namespace qala
