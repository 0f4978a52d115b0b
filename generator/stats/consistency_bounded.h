#pragma once
#include <cmath>

namespace qala::stats {

/// A quantity computed from printed (rounded) numbers. `value` is what the printed midpoints give;
/// [low, high] holds every value the quantity takes while each input ranges over the interval
/// its printed digits stand for (interval arithmetic). A published number is consistent with the
/// others when its own printed interval meets [low, high].
///
/// Bounds may be infinite (a divisor printed as "0.000" can be any small number); from finite
/// inputs they are never NaN.
struct Bounded {
  double value = 0;
  double low = 0;
  double high = 0;

  /// A number known exactly (a count, a degree of freedom).
  static Bounded exact(double x) { return {x, x, x}; }
  /// `value` ± `radius`: a printed number and half a unit of its last digit.
  static Bounded around(double value, double radius);

  bool contains(double x) const { return low <= x && x <= high; }
  /// True when [lo, hi] and [low, high] share at least one point.
  bool meets(double lo, double hi) const { return lo <= high && low <= hi; }
  bool meets(const Bounded& other) const { return meets(other.low, other.high); }
};

/// Sums, differences, products and quotients of independent inputs. A quotient by an interval
/// that touches zero is unbounded on the side(s) it can reach; its value is ±infinity when the
/// divisor's midpoint is zero (0 when the dividend's is zero too).
Bounded operator+(const Bounded& a, const Bounded& b);
Bounded operator-(const Bounded& a, const Bounded& b);
Bounded operator*(const Bounded& a, const Bounded& b);
Bounded operator/(const Bounded& a, const Bounded& b);
/// `a` times an exact factor (sign-aware).
Bounded scaled(const Bounded& a, double factor);
/// `a` plus an exact offset.
Bounded shifted(const Bounded& a, double offset);
/// |a|: its lower bound is 0 when the interval straddles zero.
Bounded absolute(const Bounded& a);
/// [a] restricted to [lo, hi] (bounds and value clamped); for quantities with a natural domain
/// such as R² in [0, 1].
Bounded clamped(const Bounded& a, double lo, double hi);

/// f(a) for f non-decreasing on the interval: the bounds map to the bounds.
template <class F>
Bounded increasing(const Bounded& a, F f) {
  return {f(a.value), f(a.low), f(a.high)};
}

/// f(a) for f non-increasing on the interval: the bounds swap.
template <class F>
Bounded decreasing(const Bounded& a, F f) {
  return {f(a.value), f(a.high), f(a.low)};
}

/// A yes/no condition over printed intervals: `value` is 1 when it holds at the midpoints,
/// `low` is 1 when it holds for every value in the intervals, `high` is 1 when it holds for at
/// least one. A check fails for certain only when `high` is 0.
Bounded condition(bool at_midpoints, bool always, bool possibly);

}  // namespace qala::stats
