#include "stats/panel_growth.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <numeric>

namespace qala::stats {
namespace {

std::string number_text(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.15g", v);
  return buf;
}

}  // namespace

PanelOrder order_panel(const std::vector<std::string>& unit, const std::vector<double>& time) {
  if (unit.size() != time.size()) throw MethodError("panel: unit and time differ in length");
  const size_t n = unit.size();
  PanelOrder panel;
  std::map<std::string, size_t> unit_number;
  std::vector<size_t> unit_of(n);
  for (size_t i = 0; i < n; ++i) {
    if (!std::isfinite(time[i])) throw PanelRowError(i, "panel: the time is missing or not finite");
    auto [it, added] = unit_number.emplace(unit[i], panel.units.size());
    if (added) panel.units.push_back(unit[i]);
    unit_of[i] = it->second;
  }
  panel.order.resize(n);
  std::iota(panel.order.begin(), panel.order.end(), size_t{0});
  // Stable: rows of one unit and time stay in file order, so the later one is the duplicate.
  std::stable_sort(panel.order.begin(), panel.order.end(), [&](size_t a, size_t b) {
    return unit_of[a] != unit_of[b] ? unit_of[a] < unit_of[b] : time[a] < time[b];
  });
  panel.previous.assign(n, -1);
  panel.step.assign(n, 0);
  for (size_t s = 1; s < n; ++s) {
    const size_t row = panel.order[s], before = panel.order[s - 1];
    if (unit_of[row] != unit_of[before]) continue;
    if (time[row] == time[before])
      throw PanelRowError(std::max(row, before),
                          "panel: '" + unit[row] + "' has two rows for time " +
                              number_text(time[row]) + "; a unit may have one row per time",
                          std::min(row, before));
    panel.previous[row] = static_cast<long>(before);
    panel.step[row] = time[row] - time[before];
  }
  return panel;
}

std::vector<double> growth_rates(const PanelOrder& panel, const std::vector<double>& value,
                                 GrowthRate rate, GapRule gaps, const std::string& column) {
  std::vector<double> out(value.size(), NAN);
  for (size_t row = 0; row < value.size(); ++row) {
    if (panel.previous[row] < 0) continue;
    const double step = panel.step[row];
    if (gaps == GapRule::kSkip && step != 1) continue;
    const double now = value[row], before = value[static_cast<size_t>(panel.previous[row])];
    if (std::isnan(now) || std::isnan(before)) continue;
    const double per = gaps == GapRule::kAnnualise ? step : 1;
    if (rate == GrowthRate::kLog) {
      if (!(now > 0) || !(before > 0))
        throw PanelRowError(row, "panel: the log growth rate of '" + column +
                                     "' needs positive values, found " + number_text(before) +
                                     " then " + number_text(now));
      out[row] = (std::log(now) - std::log(before)) / per;
      continue;
    }
    if (before == 0)
      throw PanelRowError(row, "panel: the growth rate of '" + column +
                                   "' divides by the previous value, which is 0");
    double change = (now - before) / before;
    if (per != 1) {
      if (!(now / before > 0))
        throw PanelRowError(row, "panel: an annualised growth rate of '" + column +
                                     "' needs values of one sign, found " + number_text(before) +
                                     " then " + number_text(now));
      change = std::pow(now / before, 1 / per) - 1;
    }
    out[row] = rate == GrowthRate::kPercent ? 100 * change : change;
  }
  return out;
}

}  // namespace qala::stats
