#pragma once
#include <Eigen/Dense>
#include <vector>

namespace qala::stats {

/// Silhouette widths (Rousseeuw 1987), as R's cluster::silhouette(): for row i with mean
/// distance a to its own cluster and b to the nearest other cluster, s = (b - a) / max(a, b);
/// 0 for a row alone in its cluster. `d` is the n x n distance matrix, `cluster` 0..k-1.
/// Throws MethodError for fewer than 2 clusters (the width is undefined).
Eigen::VectorXd silhouette(const Eigen::MatrixXd& d, const std::vector<int>& cluster);

}  // namespace qala::stats
