#include "stats/partition.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <string>

#include "core/error.h"

namespace qala::stats {

void require_clusterable(const Eigen::MatrixXd& x, int k) {
  if (k < 1)
    throw MethodError("the number of clusters must be at least 1, got " + std::to_string(k));
  if (k > x.rows())
    throw MethodError("cannot make " + std::to_string(k) + " clusters of " +
                      std::to_string(x.rows()) + " rows");
  if (x.cols() == 0) throw MethodError("clustering needs at least one variable");
  if (!x.allFinite()) throw MethodError("clustering: the data hold a missing or infinite value");
}

Partition describe_partition(const Eigen::MatrixXd& x, const std::vector<int>& cluster, int k) {
  Partition p;
  p.cluster = cluster;
  p.centers = Eigen::MatrixXd::Zero(k, x.cols());
  p.size = Eigen::VectorXi::Zero(k);
  for (Eigen::Index i = 0; i < x.rows(); ++i) {
    int c = cluster[static_cast<size_t>(i)];
    p.centers.row(c) += x.row(i);
    ++p.size[c];
  }
  for (int c = 0; c < k; ++c) {
    if (p.size[c] == 0)
      throw MethodError("cluster " + std::to_string(c + 1) + " of " + std::to_string(k) +
                        " is empty");
    p.centers.row(c) /= static_cast<double>(p.size[c]);
  }
  p.within_ss = Eigen::VectorXd::Zero(k);
  p.distance.resize(x.rows());
  for (Eigen::Index i = 0; i < x.rows(); ++i) {
    int c = cluster[static_cast<size_t>(i)];
    double d2 = (x.row(i) - p.centers.row(c)).squaredNorm();
    p.within_ss[c] += d2;
    p.distance[i] = std::sqrt(d2);
  }
  Eigen::RowVectorXd grand = x.colwise().mean();
  p.total_ss = (x.rowwise() - grand).squaredNorm();
  p.between_ss = p.total_ss - p.within_ss.sum();
  return p;
}

Partition renumber(const Partition& p, ClusterOrder order) {
  const int k = static_cast<int>(p.centers.rows());
  std::vector<int> old_of_new(static_cast<size_t>(k));  // new number -> old number
  if (order == ClusterOrder::kFirstAppearance) {
    std::vector<bool> seen(static_cast<size_t>(k), false);
    size_t next = 0;
    for (int c : p.cluster)
      if (!seen[static_cast<size_t>(c)]) {
        seen[static_cast<size_t>(c)] = true;
        old_of_new[next++] = c;
      }
  } else {
    std::iota(old_of_new.begin(), old_of_new.end(), 0);
    // Stable: equal first coordinates keep the first-appearance order of the input numbering.
    std::stable_sort(old_of_new.begin(), old_of_new.end(), [&](int a, int b) {
      return order == ClusterOrder::kAscending ? p.centers(a, 0) < p.centers(b, 0)
                                               : p.centers(a, 0) > p.centers(b, 0);
    });
  }
  std::vector<int> new_of_old(static_cast<size_t>(k));
  for (int c = 0; c < k; ++c)
    new_of_old[static_cast<size_t>(old_of_new[static_cast<size_t>(c)])] = c;
  Partition q = p;
  for (auto& c : q.cluster) c = new_of_old[static_cast<size_t>(c)];
  for (int c = 0; c < k; ++c) {
    int o = old_of_new[static_cast<size_t>(c)];
    q.centers.row(c) = p.centers.row(o);
    q.size[c] = p.size[o];
    q.within_ss[c] = p.within_ss[o];
  }
  return q;
}

Eigen::MatrixXd euclidean_distances(const Eigen::MatrixXd& x) {
  const Eigen::Index n = x.rows();
  Eigen::MatrixXd d = Eigen::MatrixXd::Zero(n, n);
  for (Eigen::Index i = 0; i < n; ++i)
    for (Eigen::Index j = i + 1; j < n; ++j) d(i, j) = d(j, i) = (x.row(i) - x.row(j)).norm();
  return d;
}

}  // namespace qala::stats
