#pragma once
#include <vector>

namespace qala::stats {

/// Significance stars by a configurable rule: `levels` lists thresholds in decreasing order and p
/// below the i-th earns i stars; e.g. {0.1, 0.05, 0.01} gives * p<0.1, ** p<0.05, *** p<0.01.
/// Throws MethodError when the levels are not strictly decreasing within (0, 1).
int significance_stars(double p, const std::vector<double>& levels);

/// The common rule {0.05, 0.01, 0.001}.
const std::vector<double>& default_star_levels();

}  // namespace qala::stats
