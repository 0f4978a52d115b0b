#pragma once
#include <Eigen/Dense>
#include <vector>

namespace qala::stats {

/// How the box's hinges are found.
enum class Hinges {
  /// Quartiles by R's quantile(type = 7), the default of most statistics packages' tables.
  kQuantileType7,
  /// Tukey's hinges (medians of the lower and upper halves, as R's fivenum and boxplot.stats).
  kTukey,
};

/// Box-plot statistics with Tukey's whiskers: each whisker reaches the most extreme value
/// within `coef` times the box's height beyond its hinge; values outside are outliers.
struct BoxPlot {
  double lower_hinge = 0;
  double median = 0;
  double upper_hinge = 0;
  double lower_fence = 0;  // lower_hinge - coef * (upper_hinge - lower_hinge)
  double upper_fence = 0;
  double lower_whisker = 0;
  double upper_whisker = 0;
  /// Indices into `x` of the values beyond the fences, in the order of `x`.
  std::vector<Eigen::Index> outliers;
};

/// Throws MethodError on an empty `x` or a NaN.
BoxPlot box_plot(const Eigen::VectorXd& x, Hinges hinges = Hinges::kQuantileType7,
                 double coef = 1.5);

}  // namespace qala::stats
