#include "stats/kmeans.h"

#include <algorithm>
#include <limits>
#include <string>
#include <vector>

#include "core/error.h"

namespace qala::stats {
namespace {

/// A uniform number in [0, 1) from the engine's raw output, portable across libraries (the
/// algorithm of std::uniform_real_distribution is left to each implementation).
double uniform01(std::mt19937_64& rng) { return static_cast<double>(rng() >> 11) * 0x1.0p-53; }

int nearest(const Eigen::MatrixXd& centers, const Eigen::RowVectorXd& row) {
  int best = 0;
  double best_d = std::numeric_limits<double>::infinity();
  for (Eigen::Index c = 0; c < centers.rows(); ++c) {
    double d = (centers.row(c) - row).squaredNorm();
    if (d < best_d) best_d = d, best = static_cast<int>(c);
  }
  return best;
}

}  // namespace

Partition kmeans_lloyd(const Eigen::MatrixXd& x, const Eigen::MatrixXd& start, int max_iterations,
                       int* iterations) {
  const int k = static_cast<int>(start.rows());
  require_clusterable(x, k);
  if (start.cols() != x.cols()) throw MethodError("k-means: starting centres have the wrong width");
  Eigen::MatrixXd centers = start;
  std::vector<int> cluster(static_cast<size_t>(x.rows()), -1);
  for (int iter = 1; iter <= max_iterations; ++iter) {
    bool changed = false;
    for (Eigen::Index i = 0; i < x.rows(); ++i) {
      int c = nearest(centers, x.row(i));
      if (c != cluster[static_cast<size_t>(i)]) changed = true, cluster[static_cast<size_t>(i)] = c;
    }
    if (!changed) {
      if (iterations) *iterations = iter;
      return describe_partition(x, cluster, k);
    }
    // describe_partition throws on an empty cluster, the failure R reports as "empty cluster".
    centers = describe_partition(x, cluster, k).centers;
  }
  throw MethodError("k-means did not converge in " + std::to_string(max_iterations) +
                    " iterations");
}

Eigen::MatrixXd kmeans_plus_plus(const Eigen::MatrixXd& x, int k, std::mt19937_64& rng) {
  require_clusterable(x, k);
  const Eigen::Index n = x.rows();
  Eigen::MatrixXd centers(k, x.cols());
  auto pick = [&](double u, const Eigen::VectorXd& weight) {
    double target = u * weight.sum(), acc = 0;
    for (Eigen::Index i = 0; i < n; ++i) {
      acc += weight[i];
      if (weight[i] > 0 && acc > target) return i;
    }
    for (Eigen::Index i = n - 1; i >= 0; --i)  // rounding left target at the very end
      if (weight[i] > 0) return i;
    return Eigen::Index{0};
  };
  centers.row(0) = x.row(pick(uniform01(rng), Eigen::VectorXd::Ones(n)));
  Eigen::VectorXd d2(n);
  for (Eigen::Index i = 0; i < n; ++i) d2[i] = (x.row(i) - centers.row(0)).squaredNorm();
  for (int c = 1; c < k; ++c) {
    // All rows sit on a centre already (fewer distinct rows than k): no start is possible.
    if (d2.sum() == 0) throw MethodError("k-means: fewer distinct rows than clusters");
    centers.row(c) = x.row(pick(uniform01(rng), d2));
    for (Eigen::Index i = 0; i < n; ++i)
      d2[i] = std::min(d2[i], (x.row(i) - centers.row(c)).squaredNorm());
  }
  return centers;
}

Partition kmeans(const Eigen::MatrixXd& x, int k, const KMeansOptions& options) {
  require_clusterable(x, k);
  if (options.restarts < 1) throw MethodError("k-means needs at least one start");
  std::mt19937_64 rng(options.seed);
  Partition best;
  double best_ss = std::numeric_limits<double>::infinity();
  std::string last_failure;
  for (int r = 0; r < options.restarts; ++r) {
    Eigen::MatrixXd start = kmeans_plus_plus(x, k, rng);
    try {
      Partition p = kmeans_lloyd(x, start, options.max_iterations);
      if (p.within_ss.sum() < best_ss) best_ss = p.within_ss.sum(), best = std::move(p);
    } catch (const MethodError& e) {
      last_failure = e.what();
    }
  }
  if (best.cluster.empty()) throw MethodError("k-means: every start failed (" + last_failure + ")");
  return best;
}

}  // namespace qala::stats
