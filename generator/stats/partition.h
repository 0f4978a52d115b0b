#pragma once
#include <Eigen/Dense>
#include <vector>

namespace qala::stats {

/// A partition of the rows of a data matrix into k clusters, with the sums of squares every
/// clustering method reports. Clusters are numbered 0..k-1 (pages add 1).
struct Partition {
  std::vector<int> cluster;   // per row
  Eigen::MatrixXd centers;    // k x p, the mean of each cluster's rows
  Eigen::VectorXi size;       // rows per cluster
  Eigen::VectorXd within_ss;  // per cluster: squared Euclidean distances to its centre
  double total_ss = 0;        // about the grand mean
  double between_ss = 0;      // total_ss - sum(within_ss)
  Eigen::VectorXd distance;   // per row: Euclidean distance to its cluster's centre
};

/// Computes centres, sums of squares and distances of the assignment `cluster` (values 0..k-1).
/// Throws MethodError when a cluster is empty.
Partition describe_partition(const Eigen::MatrixXd& x, const std::vector<int>& cluster, int k);

/// How clusters are numbered, so that labels never depend on the algorithm's internals.
enum class ClusterOrder {
  kFirstAppearance,  // cluster 1 holds row 1, cluster 2 the first row not in cluster 1, ...
  kAscending,        // by the centre's first coordinate, smallest first
  kDescending,       // by the centre's first coordinate, largest first
};

/// Renumbers `p`'s clusters (and reorders its per-cluster vectors) by `order`.
Partition renumber(const Partition& p, ClusterOrder order);

/// Checks shared by the clustering methods: 1 <= k <= rows, finite values.
void require_clusterable(const Eigen::MatrixXd& x, int k);

/// Euclidean distances between the rows of `x` (n x n, as R's dist()).
Eigen::MatrixXd euclidean_distances(const Eigen::MatrixXd& x);

}  // namespace qala::stats
