#include "run/methods/consistency_adapters.h"
#include "run/methods/consistency_at_analysis.h"
#include "run/methods/consistency_params.h"
#include "stats/consistency_fit.h"

namespace qala {

Result run_fit_from_r2(const MethodCall& call) {
  stats::Bounded r2 = printed_param(call, "r2");
  double n = count_param(call, "n", 3);
  double k = count_param(call, "k", 1);
  auto fit = at_analysis(call, [&] { return stats::fit_from_r2(r2, n, k); });
  Result result;
  put_bounded(result, "f", fit.f);
  put_bounded(result, "f_p", fit.f_p);
  put_bounded(result, "adjusted_r2", fit.adjusted_r2);
  put_bounded(result, "multiple_r", fit.multiple_r);
  return result;
}

Result run_anova_table(const MethodCall& call) {
  stats::Bounded reg = printed_param(call, "ss_regression");
  stats::Bounded res = printed_param(call, "ss_residual");
  double df_reg = count_param(call, "df_regression", 1);
  double df_res = count_param(call, "df_residual", 1);
  auto anova = at_analysis(call, [&] { return stats::check_anova(reg, res, df_reg, df_res); });
  Result result;
  put_bounded(result, "ss_total", anova.ss_total);
  put_bounded(result, "ms_regression", anova.ms_regression);
  put_bounded(result, "ms_residual", anova.ms_residual);
  put_bounded(result, "f", anova.f);
  put_bounded(result, "f_p", anova.f_p);
  put_bounded(result, "r2", anova.r2);
  put_bounded(result, "multiple_r", anova.multiple_r);
  put_bounded(result, "adjusted_r2", anova.adjusted_r2);
  put_bounded(result, "standard_error", anova.standard_error);
  return result;
}

Result run_mean_square(const MethodCall& call) {
  stats::Bounded ss = printed_param(call, "ss");
  double df = count_param(call, "df", 1);
  Result result;
  put_bounded(result, "ms", at_analysis(call, [&] { return stats::mean_square(ss, df); }));
  return result;
}

Result run_ss_total(const MethodCall& call) {
  stats::Bounded total = printed_param(call, "ss_regression") + printed_param(call, "ss_residual");
  Result result;
  put_bounded(result, "ss_total", total);
  return result;
}

Result run_multiple_r(const MethodCall& call) {
  Result result;
  put_bounded(result, "multiple_r", stats::multiple_r(printed_param(call, "r2")));
  return result;
}

}  // namespace qala
