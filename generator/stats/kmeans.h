#pragma once
#include <Eigen/Dense>
#include <cstdint>
#include <random>

#include "stats/partition.h"

namespace qala::stats {

/// Lloyd's k-means from given starting centres (k x p), as R's kmeans(algorithm = "Lloyd"):
/// assign every row to its nearest centre (ties to the lower-numbered centre), move each centre
/// to its rows' mean, repeat until no row changes cluster. Throws MethodError when a cluster
/// becomes empty or `max_iterations` pass without convergence. Clusters keep the numbering of
/// the starting centres.
Partition kmeans_lloyd(const Eigen::MatrixXd& x, const Eigen::MatrixXd& start,
                       int max_iterations = 100, int* iterations = nullptr);

/// Greedy k-means++ starting centres (Arthur and Vassilvitskii 2007, in scikit-learn's greedy
/// form): the first a uniformly drawn row; for each next one, 2 + floor(ln k) candidate rows are
/// drawn with probability proportional to their squared distance to the nearest centre so far,
/// and the candidate that lowers the sum of those distances most is kept (the first drawn on
/// ties). Uniform numbers come straight from std::mt19937_64's output (53 bits), so a seed gives
/// the same centres with every standard library.
Eigen::MatrixXd kmeans_plus_plus(const Eigen::MatrixXd& x, int k, std::mt19937_64& rng);

/// Options of the restarted k-means.
struct KMeansOptions {
  int restarts = 50;              // independent k-means++ starts; the lowest within-SS wins
  std::uint64_t seed = 20240101;  // seeds every start's std::mt19937_64 (with its number)
  int max_iterations = 100;
  int threads = 2;  // starts run on at most this many threads; the result does not depend on it
};

/// k-means with `restarts` greedy k-means++ starts, keeping the partition with the smallest total
/// within-cluster sum of squares (the earliest start on ties). Start r draws from an
/// std::mt19937_64 seeded by std::seed_seq{seed low 32 bits, seed high 32 bits, r}, so starts
/// may run in parallel and the result is the serial one. Starts that produce an empty
/// cluster are skipped; throws MethodError when every start does, or k is not in 1..n. Clusters
/// come numbered as the winning start's centres: renumber() gives a numbering that does not
/// depend on the starts.
Partition kmeans(const Eigen::MatrixXd& x, int k, const KMeansOptions& options = {});

}  // namespace qala::stats
