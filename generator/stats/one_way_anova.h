#pragma once
#include <Eigen/Dense>
#include <vector>

#include "stats/linear_model.h"

namespace qala::stats {

/// A one-way analysis of variance: between-group and within-group rows, F and its p.
struct OneWayAnova {
  AnovaRow between;
  AnovaRow within;
  double f = 0;
  /// Upper-tail probability of F.
  double p = 0;
  double r2 = 0;
  /// sqrt(within MS).
  double residual_sd = 0;
};

/// One-way ANOVA of the groups' values (at least two groups, at least one more value than
/// groups). Group means and sums of squares are accumulated in long double around each
/// group's corrected two-pass mean. Throws MethodError on degenerate input.
OneWayAnova one_way_anova(const std::vector<Eigen::VectorXd>& groups);

}  // namespace qala::stats
