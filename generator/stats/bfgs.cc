#include "stats/bfgs.h"

#include <algorithm>
#include <cmath>

#include "core/error.h"

namespace qala::stats {
namespace {

constexpr double kC1 = 1e-4;
constexpr double kC2 = 0.9;
constexpr int kMaxLineSteps = 60;

/// One point along the search line x + a p.
struct LinePoint {
  double a = 0;
  double f = 0;
  double slope = 0;  // derivative of f along p
  Eigen::VectorXd x, g;
};

class LineSearch {
 public:
  LineSearch(const Objective& f, const Eigen::VectorXd& x, const Eigen::VectorXd& p, int& evals)
      : f_(f), x_(x), p_(p), evals_(evals) {}

  LinePoint at(double a) {
    LinePoint pt;
    pt.a = a;
    pt.x = x_ + a * p_;
    pt.g.resize(x_.size());
    pt.f = f_(pt.x, pt.g);
    ++evals_;
    pt.slope = std::isfinite(pt.f) ? pt.g.dot(p_) : 0;
    if (!std::isfinite(pt.f)) pt.f = HUGE_VAL;  // treated as "too far": the step shrinks
    return pt;
  }

  /// A step satisfying the strong Wolfe conditions, or the best Armijo point found, or `start`
  /// itself (a == 0) when the search fails.
  LinePoint search(const LinePoint& start, double a1) {
    LinePoint previous = start, current;
    double a = a1;
    for (int i = 0; i < kMaxLineSteps; ++i) {
      current = at(a);
      if (current.f > start.f + kC1 * a * start.slope || (i > 0 && current.f >= previous.f))
        return zoom(start, previous, current);
      if (std::abs(current.slope) <= -kC2 * start.slope) return current;
      if (current.slope >= 0) return zoom(start, current, previous);
      previous = current;
      a *= 2;
    }
    return current;
  }

 private:
  LinePoint zoom(const LinePoint& start, LinePoint lo, LinePoint hi) {
    for (int i = 0; i < kMaxLineSteps; ++i) {
      double width = hi.a - lo.a;
      // Minimiser of the quadratic through f(lo), f'(lo), f(hi); bisection when it falls
      // outside the middle 80% of the bracket.
      double denom = 2 * (hi.f - lo.f - lo.slope * width);
      double a = denom != 0 ? lo.a - lo.slope * width * width / denom : lo.a + width / 2;
      double lo_end = std::min(lo.a, hi.a), hi_end = std::max(lo.a, hi.a);
      double margin = 0.1 * (hi_end - lo_end);
      if (!std::isfinite(a) || a < lo_end + margin || a > hi_end - margin) a = lo.a + width / 2;
      if (hi_end - lo_end <= 1e-16 * std::max(1.0, hi_end)) break;
      LinePoint mid = at(a);
      if (mid.f > start.f + kC1 * a * start.slope || mid.f >= lo.f) {
        hi = mid;
      } else {
        if (std::abs(mid.slope) <= -kC2 * start.slope) return mid;
        if (mid.slope * (hi.a - lo.a) >= 0) hi = lo;
        lo = mid;
      }
    }
    return lo;  // lo always satisfies the sufficient-decrease condition (or is the start)
  }

  const Objective& f_;
  const Eigen::VectorXd& x_;
  const Eigen::VectorXd& p_;
  int& evals_;
};

}  // namespace

BfgsResult bfgs(const Objective& f, const Eigen::VectorXd& x0, const BfgsOptions& options) {
  const Eigen::Index n = x0.size();
  BfgsResult r;
  r.x = x0;
  r.gradient.resize(n);
  r.value = f(r.x, r.gradient);
  r.evaluations = 1;
  if (!std::isfinite(r.value) || !r.gradient.allFinite())
    throw MethodError("BFGS: the function or its gradient is not finite at the start");
  Eigen::MatrixXd h = Eigen::MatrixXd::Identity(n, n);
  bool scaled = false;
  for (r.iterations = 0; r.iterations < options.max_iterations; ++r.iterations) {
    if (r.gradient.lpNorm<Eigen::Infinity>() <= options.gradient_tolerance) {
      r.converged = true;
      break;
    }
    Eigen::VectorXd p = -h * r.gradient;
    if (p.dot(r.gradient) >= 0) {  // lost descent through rounding: restart from steepest descent
      h.setIdentity();
      p = -r.gradient;
    }
    LinePoint start{0, r.value, r.gradient.dot(p), r.x, r.gradient};
    double a1 = scaled ? 1.0 : std::min(1.0, 1.0 / p.lpNorm<Eigen::Infinity>());
    LineSearch search(f, r.x, p, r.evaluations);
    LinePoint next = search.search(start, a1);
    if (next.a == 0 || next.f >= r.value) {
      // No decrease along p: if H was already the identity nothing more can be done.
      if (h.isIdentity()) break;
      h.setIdentity();
      continue;
    }
    Eigen::VectorXd s = next.x - r.x, y = next.g - r.gradient;
    double previous = r.value;
    r.x = next.x;
    r.value = next.f;
    r.gradient = next.g;
    double sy = s.dot(y);
    if (sy > 1e-12 * s.norm() * y.norm()) {
      if (!scaled) h *= sy / y.squaredNorm(), scaled = true;
      double rho = 1 / sy;
      Eigen::VectorXd hy = h * y;
      // H+ = (I - rho s y') H (I - rho y s') + rho s s', expanded.
      h += rho *
           ((1 + rho * y.dot(hy)) * s * s.transpose() - hy * s.transpose() - s * hy.transpose());
    }
    if (previous - r.value <=
        options.relative_tolerance * (std::abs(previous) + options.relative_tolerance)) {
      ++r.iterations;
      r.converged = true;
      break;
    }
  }
  return r;
}

}  // namespace qala::stats
