#include "stats/consistency_coefficient.h"

#include <cmath>
#include <limits>
#include <string>

#include "core/error.h"
#include "stats/distributions.h"

namespace qala::stats {

void StarRule::validate() const {
  for (size_t i = 0; i < levels.size(); ++i) {
    if (!(levels[i] > 0 && levels[i] < 1))
      throw MethodError("star levels must lie between 0 and 1, got " + std::to_string(levels[i]));
    if (i > 0 && !(levels[i] < levels[i - 1]))
      throw MethodError("star levels must decrease (one star for the largest p)");
  }
}

int StarRule::stars(double p) const {
  int count = 0;
  for (double level : levels)
    if (p < level) ++count;
  return count;
}

double TestDistribution::two_sided_p(double t) const {
  if (std::isinf(t)) return 0.0;
  if (df) return t_two_sided_p(t, *df);
  return 2 * normal_cdf(-std::fabs(t));
}

double TestDistribution::critical(double confidence) const {
  if (!(confidence > 0 && confidence < 1))
    throw MethodError("confidence level must lie between 0 and 1, got " +
                      std::to_string(confidence));
  double upper = 1 - (1 - confidence) / 2;
  return df ? t_quantile(upper, *df) : normal_quantile(upper);
}

CoefficientCheck check_coefficient(const PrintedCoefficient& printed,
                                   const TestDistribution& distribution, const StarRule& rule,
                                   double confidence) {
  if (printed.se.high < 0) throw MethodError("a standard error cannot be negative");
  CoefficientCheck out;
  // A standard error is never negative, so only its non-negative part takes part.
  Bounded se = clamped(printed.se, 0, std::numeric_limits<double>::infinity());
  out.t = printed.coefficient / se;
  // p falls as |t| grows.
  out.p = decreasing(absolute(out.t), [&](double t) { return distribution.two_sided_p(t); });
  out.stars = decreasing(out.p, [&](double p) { return double(rule.stars(p)); });
  double critical = distribution.critical(confidence);
  out.ci_lower = printed.coefficient - scaled(se, critical);
  out.ci_upper = printed.coefficient + scaled(se, critical);

  if (printed.t) {
    bool opposite = (printed.t->low > 0 && printed.coefficient.high < 0) ||
                    (printed.t->high < 0 && printed.coefficient.low > 0);
    if (opposite) out.finding |= kSignError;
    if (!out.t.meets(*printed.t)) out.finding |= kTError;
  }
  if (printed.p && !out.p.meets(*printed.p)) out.finding |= kPError;
  if (printed.stars && !out.stars.contains(*printed.stars)) out.finding |= kSignificanceError;
  return out;
}

}  // namespace qala::stats
