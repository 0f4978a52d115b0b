#include "stats/partition_1d.h"

#include <algorithm>
#include <limits>
#include <numeric>
#include <string>
#include <vector>

#include "core/error.h"

namespace qala::stats {

Partition optimal_partition_1d(const Eigen::VectorXd& x, int k) {
  require_clusterable(x, k);
  const size_t n = static_cast<size_t>(x.size());
  std::vector<size_t> order(n);
  std::iota(order.begin(), order.end(), size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return x[static_cast<Eigen::Index>(a)] < x[static_cast<Eigen::Index>(b)];
  });
  std::vector<double> s(n);
  for (size_t i = 0; i < n; ++i) s[i] = x[static_cast<Eigen::Index>(order[i])];
  size_t distinct = 1;
  for (size_t i = 1; i < n; ++i) distinct += s[i] != s[i - 1];
  if (static_cast<size_t>(k) > distinct)
    throw MethodError("cannot make " + std::to_string(k) + " clusters of " +
                      std::to_string(distinct) + " distinct values");
  // Sums of squares of a run s[a..b) from prefix sums of values centred on the median, which
  // keeps the subtraction well conditioned for data far from zero.
  const double shift = s[n / 2];
  std::vector<double> sum(n + 1, 0), sum2(n + 1, 0);
  for (size_t i = 0; i < n; ++i) {
    double v = s[i] - shift;
    sum[i + 1] = sum[i] + v;
    sum2[i + 1] = sum2[i] + v * v;
  }
  auto ss = [&](size_t a, size_t b) {
    double m = static_cast<double>(b - a), t = sum[b] - sum[a];
    return std::max(0.0, sum2[b] - sum2[a] - t * t / m);
  };
  const double inf = std::numeric_limits<double>::infinity();
  const size_t K = static_cast<size_t>(k);
  // cost[q][b]: best within-SS of s[0..b) in q+1 clusters; cut[q][b]: start of the last one.
  std::vector<std::vector<double>> cost(K, std::vector<double>(n + 1, inf));
  std::vector<std::vector<size_t>> cut(K, std::vector<size_t>(n + 1, 0));
  for (size_t b = 1; b <= n; ++b) cost[0][b] = ss(0, b);
  for (size_t q = 1; q < K; ++q)
    for (size_t b = q + 1; b <= n; ++b)
      for (size_t a = q; a < b; ++a) {
        // Never split a run of equal values: a cut must fall between different values.
        if (s[a] == s[a - 1]) continue;
        double c = cost[q - 1][a] + ss(a, b);
        if (c < cost[q][b]) cost[q][b] = c, cut[q][b] = a;
      }
  std::vector<int> cluster(n);
  size_t b = n;
  for (size_t q = K; q-- > 0;) {
    size_t a = q == 0 ? 0 : cut[q][b];
    for (size_t i = a; i < b; ++i) cluster[order[i]] = static_cast<int>(q);
    b = a;
  }
  return describe_partition(x, cluster, k);
}

}  // namespace qala::stats
