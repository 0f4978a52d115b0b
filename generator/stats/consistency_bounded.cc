#include "stats/consistency_bounded.h"

#include <algorithm>
#include <initializer_list>
#include <limits>

namespace qala::stats {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// 0 * inf is NaN in IEEE arithmetic; for a bound it means "the zero side wins".
double product(double x, double y) { return (x == 0 || y == 0) ? 0.0 : x * y; }

double quotient_value(double x, double y) {
  if (y != 0) return x / y;
  if (x == 0) return 0;
  return x > 0 ? kInf : -kInf;
}

Bounded hull(double value, std::initializer_list<double> candidates) {
  return {value, std::min(candidates), std::max(candidates)};
}

}  // namespace

Bounded Bounded::around(double value, double radius) {
  radius = std::fabs(radius);
  return {value, value - radius, value + radius};
}

Bounded operator+(const Bounded& a, const Bounded& b) {
  return {a.value + b.value, a.low + b.low, a.high + b.high};
}

Bounded operator-(const Bounded& a, const Bounded& b) {
  return {a.value - b.value, a.low - b.high, a.high - b.low};
}

Bounded operator*(const Bounded& a, const Bounded& b) {
  return hull(a.value * b.value, {product(a.low, b.low), product(a.low, b.high),
                                  product(a.high, b.low), product(a.high, b.high)});
}

Bounded operator/(const Bounded& a, const Bounded& b) {
  double value = quotient_value(a.value, b.value);
  if (b.low > 0 || b.high < 0)
    return hull(value, {a.low / b.low, a.low / b.high, a.high / b.low, a.high / b.high});
  // The divisor can be arbitrarily close to zero. With a divisor on one side of zero and a
  // dividend on one side of zero the quotient is a half-line; otherwise anything goes.
  bool divisor_nonnegative = b.low >= 0 && b.high > 0;
  bool divisor_nonpositive = b.high <= 0 && b.low < 0;
  if (divisor_nonnegative && a.low > 0) return {value, a.low / b.high, kInf};
  if (divisor_nonnegative && a.high < 0) return {value, -kInf, a.high / b.high};
  if (divisor_nonpositive && a.low > 0) return {value, -kInf, a.low / b.low};
  if (divisor_nonpositive && a.high < 0) return {value, a.high / b.low, kInf};
  return {value, -kInf, kInf};
}

Bounded scaled(const Bounded& a, double factor) {
  if (factor >= 0) return {a.value * factor, a.low * factor, a.high * factor};
  return {a.value * factor, a.high * factor, a.low * factor};
}

Bounded shifted(const Bounded& a, double offset) {
  return {a.value + offset, a.low + offset, a.high + offset};
}

Bounded absolute(const Bounded& a) {
  double value = std::fabs(a.value);
  if (a.low >= 0) return {value, a.low, a.high};
  if (a.high <= 0) return {value, -a.high, -a.low};
  return {value, 0, std::max(-a.low, a.high)};
}

Bounded clamped(const Bounded& a, double lo, double hi) {
  auto clamp = [&](double x) { return std::clamp(x, lo, hi); };
  return {clamp(a.value), clamp(a.low), clamp(a.high)};
}

Bounded condition(bool at_midpoints, bool always, bool possibly) {
  auto flag = [](bool b) { return b ? 1.0 : 0.0; };
  return {flag(at_midpoints), flag(always), flag(possibly)};
}

}  // namespace qala::stats
