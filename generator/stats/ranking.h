#pragma once
#include <Eigen/Dense>

namespace qala::stats {

/// How tied values share ranks (names as R's rank(ties.method = ...)).
enum class Ties {
  kAverage,  // each gets the mean of the ranks they span: 2.5, 2.5
  kMin,      // each gets the lowest of them ("competition" ranking): 2, 2, then 4
};

/// Ranks 1..n of `x`. With `descending` the largest value gets rank 1 (a league table of towns
/// by index). Throws MethodError on a NaN.
Eigen::VectorXd rank(const Eigen::VectorXd& x, bool descending, Ties ties = Ties::kAverage);

}  // namespace qala::stats
