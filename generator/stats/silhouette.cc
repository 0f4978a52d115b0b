#include "stats/silhouette.h"

#include <algorithm>
#include <limits>

#include "core/error.h"

namespace qala::stats {

Eigen::VectorXd silhouette(const Eigen::MatrixXd& d, const std::vector<int>& cluster) {
  const Eigen::Index n = d.rows();
  if (static_cast<Eigen::Index>(cluster.size()) != n)
    throw MethodError("silhouette: one cluster per row expected");
  int k = 0;
  for (int c : cluster) k = std::max(k, c + 1);
  if (k < 2) throw MethodError("silhouette widths need at least 2 clusters");
  Eigen::VectorXd size = Eigen::VectorXd::Zero(k);
  for (int c : cluster) size[c] += 1;
  Eigen::VectorXd s(n);
  for (Eigen::Index i = 0; i < n; ++i) {
    int own = cluster[static_cast<size_t>(i)];
    if (size[own] == 1) {
      s[i] = 0;
      continue;
    }
    Eigen::VectorXd total = Eigen::VectorXd::Zero(k);
    for (Eigen::Index j = 0; j < n; ++j) total[cluster[static_cast<size_t>(j)]] += d(i, j);
    double a = total[own] / (size[own] - 1);
    double b = std::numeric_limits<double>::infinity();
    for (int c = 0; c < k; ++c)
      if (c != own && size[c] > 0) b = std::min(b, total[c] / size[c]);
    double m = std::max(a, b);
    s[i] = m > 0 ? (b - a) / m : 0;
  }
  return s;
}

}  // namespace qala::stats
