#include "stats/boxplot.h"

#include <algorithm>
#include <cmath>
#include <tuple>
#include <vector>

#include "core/error.h"
#include "stats/descriptive.h"
#include "stats/quantile.h"

namespace qala::stats {
namespace {

/// Tukey's hinges: the median of the lower half and of the upper half, each half including the
/// median when n is odd (R's fivenum).
std::pair<double, double> tukey_hinges(const Eigen::VectorXd& x) {
  std::vector<double> s(x.data(), x.data() + x.size());
  std::sort(s.begin(), s.end());
  const double n = static_cast<double>(s.size());
  double n4 = std::floor((n + 3) / 2) / 2;  // 1-based depth of the hinge
  auto at_depth = [&](double d) {
    // Depth d is whole or half-whole: average the order statistics floor(d) and ceil(d).
    size_t lo = static_cast<size_t>(std::floor(d)) - 1;
    size_t hi = static_cast<size_t>(std::ceil(d)) - 1;
    return 0.5 * (s[lo] + s[hi]);
  };
  return {at_depth(n4), at_depth(n + 1 - n4)};
}

}  // namespace

BoxPlot box_plot(const Eigen::VectorXd& x, Hinges hinges, double coef) {
  if (x.size() == 0) throw MethodError("box plot of no values");
  require_finite(x, "box plot");
  if (!(coef >= 0)) throw MethodError("box plot whisker coefficient must not be negative");
  BoxPlot b;
  b.median = quantile(x, 0.5, 7);
  if (hinges == Hinges::kTukey) {
    std::tie(b.lower_hinge, b.upper_hinge) = tukey_hinges(x);
  } else {
    b.lower_hinge = quantile(x, 0.25, 7);
    b.upper_hinge = quantile(x, 0.75, 7);
  }
  double step = coef * (b.upper_hinge - b.lower_hinge);
  b.lower_fence = b.lower_hinge - step;
  b.upper_fence = b.upper_hinge + step;
  b.lower_whisker = b.upper_hinge;
  b.upper_whisker = b.lower_hinge;
  for (Eigen::Index i = 0; i < x.size(); ++i) {
    if (x[i] < b.lower_fence || x[i] > b.upper_fence) {
      b.outliers.push_back(i);
      continue;
    }
    b.lower_whisker = std::min(b.lower_whisker, x[i]);
    b.upper_whisker = std::max(b.upper_whisker, x[i]);
  }
  return b;
}

}  // namespace qala::stats
