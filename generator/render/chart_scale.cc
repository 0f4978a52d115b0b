#include "render/chart_scale.h"

#include <algorithm>
#include <cmath>

namespace qala {
namespace {

/// The round step (1, 2 or 5 x 10^k) nearest above `raw`.
double nice_step(double raw) {
  double power = std::pow(10.0, std::floor(std::log10(raw)));
  double fraction = raw / power;
  double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

}  // namespace

Ticks nice_ticks(double lo, double hi, int target) {
  if (!(lo <= hi)) std::swap(lo, hi);
  if (hi - lo < 1e-12 * std::max(1.0, std::fabs(hi))) {
    double pad = std::fabs(hi) > 0 ? std::fabs(hi) * 0.1 : 1;
    lo -= pad;
    hi += pad;
  }
  Ticks ticks;
  ticks.step = nice_step((hi - lo) / std::max(1, target));
  double first = std::floor(lo / ticks.step) * ticks.step;
  double last = std::ceil(hi / ticks.step) * ticks.step;
  long count = std::lround((last - first) / ticks.step);
  for (long i = 0; i <= count; ++i) {
    double v = first + static_cast<double>(i) * ticks.step;
    ticks.values.push_back(std::fabs(v) < ticks.step * 1e-9 ? 0.0 : v);
  }
  ticks.decimals = std::max(0, static_cast<int>(-std::floor(std::log10(ticks.step) + 1e-9)));
  return ticks;
}

}  // namespace qala
