#include "stats/consistency_fit.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

#include "core/error.h"
#include "stats/distributions.h"

namespace qala::stats {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

void require_positive_df(const char* what, double df) {
  if (!(df > 0)) throw MethodError(std::string(what) + " must be positive");
}

/// share = a / (a + b) for non-negative a and b, exploiting that it rises with a and falls
/// with b (plain interval division would count a twice and widen the bounds).
Bounded share_of(const Bounded& a, const Bounded& b) {
  auto ratio = [](double x, double y) { return x + y > 0 ? x / (x + y) : 0.0; };
  return {ratio(a.value, b.value), ratio(a.low, b.high), ratio(a.high, b.low)};
}

}  // namespace

Bounded mean_square(const Bounded& ss, double df) {
  require_positive_df("degrees of freedom", df);
  return scaled(ss, 1 / df);
}

Bounded multiple_r(const Bounded& r2) {
  return increasing(clamped(r2, 0, 1), [](double x) { return std::sqrt(x); });
}

Bounded f_upper_tail(const Bounded& f, double df1, double df2) {
  return decreasing(f, [&](double x) { return f_upper_p(std::max(x, 0.0), df1, df2); });
}

FitFromR2 fit_from_r2(const Bounded& r2, double n, double k) {
  if (!(k >= 1)) throw MethodError("a regression needs at least one regressor (k >= 1)");
  double df_residual = n - k - 1;
  if (!(df_residual >= 1))
    throw MethodError("n - k - 1 must be at least 1, got " + std::to_string(df_residual));
  Bounded r = clamped(r2, 0, 1);
  FitFromR2 out;
  // Both F and adjusted R² rise with R².
  out.f = increasing(r, [&](double x) { return x < 1 ? (x / k) / ((1 - x) / df_residual) : kInf; });
  out.f_p = f_upper_tail(out.f, k, df_residual);
  out.adjusted_r2 = increasing(r, [&](double x) { return 1 - (1 - x) * (n - 1) / df_residual; });
  out.multiple_r = multiple_r(r);
  return out;
}

AnovaCheck check_anova(const Bounded& ss_regression, const Bounded& ss_residual,
                       double df_regression, double df_residual) {
  require_positive_df("df regression", df_regression);
  require_positive_df("df residual", df_residual);
  if (ss_regression.high < 0 || ss_residual.high < 0)
    throw MethodError("a sum of squares cannot be negative");
  Bounded reg = clamped(ss_regression, 0, kInf);
  Bounded res = clamped(ss_residual, 0, kInf);
  AnovaCheck out;
  out.ss_total = reg + res;
  out.ms_regression = mean_square(reg, df_regression);
  out.ms_residual = mean_square(res, df_residual);
  out.f = out.ms_regression / out.ms_residual;
  out.f_p = f_upper_tail(out.f, df_regression, df_residual);
  out.r2 = share_of(reg, res);
  out.multiple_r = multiple_r(out.r2);
  double n_minus_1 = df_regression + df_residual;
  out.adjusted_r2 =
      increasing(out.r2, [&](double x) { return 1 - (1 - x) * n_minus_1 / df_residual; });
  out.standard_error = increasing(out.ms_residual, [](double x) { return std::sqrt(x); });
  return out;
}

}  // namespace qala::stats
