#include "stats/hclust.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <string>

#include "core/error.h"

namespace qala::stats {
namespace {

void check_distances(const Eigen::MatrixXd& d) {
  if (d.rows() != d.cols()) throw MethodError("hierarchical clustering needs a square matrix");
  if (d.rows() < 2) throw MethodError("hierarchical clustering needs at least 2 observations");
  for (Eigen::Index i = 0; i < d.rows(); ++i)
    for (Eigen::Index j = 0; j < d.cols(); ++j) {
      if (!std::isfinite(d(i, j)) || d(i, j) < 0)
        throw MethodError("hierarchical clustering: a distance is missing or negative");
      if (d(i, j) != d(j, i)) throw MethodError("hierarchical clustering: distances not symmetric");
    }
}

/// Lance-Williams update: distance from cluster k to the union of i and j.
double updated(Linkage linkage, double dki, double dkj, double dij, double ni, double nj,
               double nk) {
  switch (linkage) {
    case Linkage::kSingle:
      return std::min(dki, dkj);
    case Linkage::kComplete:
      return std::max(dki, dkj);
    case Linkage::kAverage:
      return (ni * dki + nj * dkj) / (ni + nj);
    case Linkage::kWardD2:
      return ((ni + nk) * dki + (nj + nk) * dkj - nk * dij) / (ni + nj + nk);
  }
  return 0;
}

void append_order(const MergeTree& tree, int node, std::vector<int>& out) {
  if (node < 0) {
    out.push_back(-node);
    return;
  }
  const auto& m = tree.merge[static_cast<size_t>(node - 1)];
  append_order(tree, m[0], out);
  append_order(tree, m[1], out);
}

}  // namespace

MergeTree hclust(const Eigen::MatrixXd& distances, Linkage linkage) {
  check_distances(distances);
  const Eigen::Index n = distances.rows();
  // Ward works on squared distances and reports the square root (R's "ward.D2").
  Eigen::MatrixXd d = linkage == Linkage::kWardD2 ? distances.array().square().matrix() : distances;
  std::vector<bool> active(static_cast<size_t>(n), true);
  std::vector<double> size(static_cast<size_t>(n), 1.0);
  std::vector<int> label(static_cast<size_t>(n));  // R's number of the cluster at each position
  for (Eigen::Index i = 0; i < n; ++i) label[static_cast<size_t>(i)] = -static_cast<int>(i + 1);
  MergeTree tree;
  for (Eigen::Index step = 1; step < n; ++step) {
    Eigen::Index bi = -1, bj = -1;
    double best = std::numeric_limits<double>::infinity();
    for (Eigen::Index i = 0; i < n; ++i) {
      if (!active[static_cast<size_t>(i)]) continue;
      for (Eigen::Index j = i + 1; j < n; ++j)
        if (active[static_cast<size_t>(j)] && d(i, j) < best) best = d(i, j), bi = i, bj = j;
    }
    int a = label[static_cast<size_t>(bi)], b = label[static_cast<size_t>(bj)];
    // R lists a singleton before a cluster, and two of a kind by increasing number.
    bool swap = (a > 0 && b < 0) || (a < 0 && b < 0 && -a > -b) || (a > 0 && b > 0 && a > b);
    tree.merge.push_back(swap ? std::array<int, 2>{b, a} : std::array<int, 2>{a, b});
    tree.height.push_back(linkage == Linkage::kWardD2 ? std::sqrt(best) : best);
    double ni = size[static_cast<size_t>(bi)], nj = size[static_cast<size_t>(bj)];
    for (Eigen::Index k = 0; k < n; ++k) {
      if (!active[static_cast<size_t>(k)] || k == bi || k == bj) continue;
      double v = updated(linkage, d(k, bi), d(k, bj), best, ni, nj, size[static_cast<size_t>(k)]);
      d(k, bi) = d(bi, k) = v;
    }
    active[static_cast<size_t>(bj)] = false;
    size[static_cast<size_t>(bi)] = ni + nj;
    label[static_cast<size_t>(bi)] = static_cast<int>(step);
  }
  append_order(tree, static_cast<int>(n - 1), tree.order);
  return tree;
}

std::vector<int> cut_tree(const MergeTree& tree, int k) {
  const int n = static_cast<int>(tree.merge.size()) + 1;
  if (k < 1 || k > n)
    throw MethodError("cannot cut " + std::to_string(n) + " observations into " +
                      std::to_string(k) + " clusters");
  // Union-find over the first n - k merges; the rest are undone by the cut.
  std::vector<int> parent(static_cast<size_t>(n));
  std::iota(parent.begin(), parent.end(), 0);
  auto find = [&](int v) {
    while (parent[static_cast<size_t>(v)] != v) v = parent[static_cast<size_t>(v)];
    return v;
  };
  std::vector<int> representative(tree.merge.size());  // any observation of step s's cluster
  for (size_t s = 0; s < tree.merge.size(); ++s) {
    auto member = [&](int node) {
      return node < 0 ? -node - 1 : representative[static_cast<size_t>(node - 1)];
    };
    int a = member(tree.merge[s][0]), b = member(tree.merge[s][1]);
    representative[s] = a;
    if (static_cast<int>(s) < n - k) parent[static_cast<size_t>(find(b))] = find(a);
  }
  std::vector<int> number(static_cast<size_t>(n), -1), out(static_cast<size_t>(n));
  int next = 0;
  for (int i = 0; i < n; ++i) {
    int root = find(i);
    if (number[static_cast<size_t>(root)] < 0) number[static_cast<size_t>(root)] = next++;
    out[static_cast<size_t>(i)] = number[static_cast<size_t>(root)];
  }
  return out;
}

}  // namespace qala::stats
