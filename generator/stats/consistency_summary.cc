#include "stats/consistency_summary.h"

#include <algorithm>
#include <cmath>

#include "core/error.h"

namespace qala::stats {
namespace {

/// (max - mean)(mean - min), the Bhatia–Davis bound on the population variance.
double spread(double min, double mean, double max) { return (max - mean) * (mean - min); }

}  // namespace

SummaryCheck check_summary(const PrintedSummary& p) {
  double factor = 2;  // n / (n - 1) at its largest, n = 2
  if (p.n) {
    if (!(*p.n >= 2)) throw MethodError("a standard deviation needs at least 2 observations");
    factor = *p.n / (*p.n - 1);
  }
  SummaryCheck out;
  double mid_lo = std::min(p.min.value, p.max.value), mid_hi = std::max(p.min.value, p.max.value);
  out.mean = {std::clamp(p.mean.value, mid_lo, mid_hi), p.min.low, p.max.high};
  bool ordered_mid = p.min.value <= p.mean.value && p.mean.value <= p.max.value;
  bool ordered_always = p.min.high <= p.mean.low && p.mean.high <= p.max.low;
  bool ordered_possibly =
      p.min.low <= p.mean.high && p.mean.low <= p.max.high && p.min.low <= p.max.high;
  out.ordered = condition(ordered_mid, ordered_always, ordered_possibly);

  // Largest variance bound over the intervals: the widest [min, max] and the mean nearest the
  // middle of it (the bound is a downward parabola in the mean).
  double lo = p.min.low, hi = p.max.high;
  double middle = (lo + hi) / 2;
  double widest = 0;
  if (ordered_possibly) {
    double mean_lo = std::max(p.mean.low, lo), mean_hi = std::min(p.mean.high, hi);
    widest = spread(lo, std::clamp(middle, mean_lo, mean_hi), hi);
  } else if (lo <= hi) {
    widest = spread(lo, middle, hi);
  }
  double bound_mid =
      ordered_mid
          ? std::sqrt(factor * std::max(0.0, spread(p.min.value, p.mean.value, p.max.value)))
          : std::sqrt(factor) * std::max(0.0, p.max.value - p.min.value) / 2;
  double bound_high = std::sqrt(factor * std::max(0.0, widest));
  double sd_mid = p.sd ? p.sd->value : 0;
  out.sd = {std::clamp(sd_mid, 0.0, std::max(0.0, bound_mid)), 0, bound_high};
  if (p.sd) {
    const Bounded& sd = *p.sd;
    out.sd_nonnegative = condition(sd.value >= 0, sd.low >= 0, sd.high >= 0);
    // The smallest bound: the narrowest [min, max] and the mean at an end of its interval (the
    // parabola is lowest at an end).
    double narrowest = std::min(spread(p.min.high, p.mean.low, p.max.low),
                                spread(p.min.high, p.mean.high, p.max.low));
    double bound_low = ordered_always ? std::sqrt(factor * std::max(0.0, narrowest)) : 0;
    out.sd_bounded =
        condition(sd.value >= 0 && sd.value <= bound_mid, sd.low >= 0 && sd.high <= bound_low,
                  sd.high >= 0 && sd.low <= bound_high);
  } else {
    out.sd_nonnegative = condition(true, true, true);
    out.sd_bounded = condition(true, true, true);
  }
  return out;
}

BoundsCheck check_bounds(const Bounded& printed, double lower, double upper) {
  if (!(lower <= upper)) throw MethodError("the lower bound exceeds the upper bound");
  BoundsCheck out;
  out.admissible = {std::clamp(printed.value, lower, upper), lower, upper};
  bool mid = lower <= printed.value && printed.value <= upper;
  bool always = lower <= printed.low && printed.high <= upper;
  bool possibly = printed.low <= upper && lower <= printed.high;
  out.inside = condition(mid, always, possibly);
  return out;
}

}  // namespace qala::stats
