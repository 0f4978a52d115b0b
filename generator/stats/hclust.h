#pragma once
#include <Eigen/Dense>
#include <array>
#include <vector>

namespace qala::stats {

/// Distance between two clusters in agglomerative clustering, as R's hclust(method = ...).
enum class Linkage {
  kSingle,    // nearest members
  kComplete,  // farthest members
  kAverage,   // mean distance over member pairs (UPGMA)
  kWardD2,    // Ward's minimum variance on Euclidean distances ("ward.D2": heights are distances)
};

/// The full merge history, in R's hclust conventions so that it can be compared line by line:
/// step s (0-based) joins merge[s][0] and merge[s][1], where -i is observation i (1-based) and a
/// positive j is the cluster formed at step j (1-based); a singleton comes before a cluster, two
/// singletons or two clusters in increasing number.
struct MergeTree {
  std::vector<std::array<int, 2>> merge;
  std::vector<double> height;
  /// Observations (1-based) in dendrogram order, as R's hclust()$order.
  std::vector<int> order;
};

/// Agglomerative clustering of the n x n distance matrix `d` (symmetric, zero diagonal) by the
/// Lance-Williams updates. Of equally near pairs the first in row-major order of the current
/// cluster positions merges first. Throws MethodError on fewer than 2 observations, a negative
/// or missing distance, or a non-symmetric matrix.
MergeTree hclust(const Eigen::MatrixXd& d, Linkage linkage);

/// Cuts the tree into k clusters (as R's cutree(tree, k)): numbered 0..k-1 by first appearance
/// in observation order. Throws MethodError when k is not in 1..n.
std::vector<int> cut_tree(const MergeTree& tree, int k);

}  // namespace qala::stats
