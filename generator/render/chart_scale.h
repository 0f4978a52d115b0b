#pragma once
#include <vector>

namespace qala {

/// Axis ticks at "nice" round values (1, 2 or 5 times a power of ten) covering [lo, hi].
struct Ticks {
  std::vector<double> values;
  double step = 1;
  /// Digits after the decimal mark needed to write every tick.
  int decimals = 0;
  double min() const { return values.front(); }
  double max() const { return values.back(); }
};

/// About `target` ticks from a round value at or below `lo` to one at or above `hi`. A range of
/// zero width is widened so the axis still has extent.
Ticks nice_ticks(double lo, double hi, int target = 5);

/// Maps data values in [d0, d1] linearly to pixels in [p0, p1].
struct LinearScale {
  double d0, d1, p0, p1;
  double operator()(double v) const { return p0 + (v - d0) * (p1 - p0) / (d1 - d0); }
};

}  // namespace qala
