#include "stats/ranking.h"

#include <algorithm>
#include <numeric>
#include <vector>

#include "stats/descriptive.h"

namespace qala::stats {

Eigen::VectorXd rank(const Eigen::VectorXd& x, bool descending, Ties ties) {
  require_finite(x, "ranking");
  const Eigen::Index n = x.size();
  std::vector<Eigen::Index> order(static_cast<size_t>(n));
  std::iota(order.begin(), order.end(), Eigen::Index{0});
  std::stable_sort(order.begin(), order.end(), [&](Eigen::Index a, Eigen::Index b) {
    return descending ? x[a] > x[b] : x[a] < x[b];
  });
  Eigen::VectorXd r(n);
  for (Eigen::Index i = 0; i < n;) {
    Eigen::Index j = i;
    while (j + 1 < n && x[order[static_cast<size_t>(j + 1)]] == x[order[static_cast<size_t>(i)]])
      ++j;
    // Positions i..j (0-based) hold one tied value: ranks i+1..j+1.
    double shared =
        ties == Ties::kMin ? static_cast<double>(i + 1) : static_cast<double>(i + j + 2) / 2.0;
    for (Eigen::Index t = i; t <= j; ++t) r[order[static_cast<size_t>(t)]] = shared;
    i = j + 1;
  }
  return r;
}

}  // namespace qala::stats
