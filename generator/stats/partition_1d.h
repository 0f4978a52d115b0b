#pragma once
#include <Eigen/Dense>

#include "stats/partition.h"

namespace qala::stats {

/// The exact optimal partition of one-dimensional data into k groups: the assignment with the
/// smallest total within-cluster sum of squares, found by dynamic programming over the sorted
/// values (optimal 1-D clusters are intervals; Wang and Song 2011, "Ckmeans.1d.dp"). What k-means
/// approximates from random starts, this finds for certain, in O(k n^2). Clusters are numbered
/// by ascending centre; equal values always share a cluster. Throws MethodError when k is not in
/// 1..(number of distinct values) or on a NaN.
Partition optimal_partition_1d(const Eigen::VectorXd& x, int k);

}  // namespace qala::stats
