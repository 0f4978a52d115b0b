#include "stats/kmeans.h"

#include <algorithm>
#include <cmath>
#include <exception>
#include <limits>
#include <numeric>
#include <string>
#include <system_error>
#include <thread>
#include <vector>

#include "core/error.h"

namespace qala::stats {
namespace {

using RowMajor = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

/// A uniform number in [0, 1) from the engine's raw output, portable across libraries (the
/// algorithm of std::uniform_real_distribution is left to each implementation).
double uniform01(std::mt19937_64& rng) { return static_cast<double>(rng() >> 11) * 0x1.0p-53; }

/// Rows per block of the assignment step: the block's distances stay in L1 cache.
constexpr Eigen::Index kBlock = 256;

/// Below this many n * p * k, a start's Lloyd run is too short to pay for a thread.
constexpr double kThreadWork = 2e5;

/// Assigns every row of `x` (column-major, so each variable is contiguous) to its nearest centre
/// (ties to the lower number), writing the squared distance to `best` when given. Returns whether
/// any row changed cluster. The inner loops run over a block of rows of one variable: the same
/// arithmetic, in the same order per row, as summing (x_ij - c_j)^2 over j, but vectorisable.
bool assign_to_nearest(const Eigen::MatrixXd& x, const RowMajor& centers,
                       std::vector<int>& cluster) {
  const Eigen::Index n = x.rows(), p = x.cols(), k = centers.rows();
  double dist[kBlock], best[kBlock];
  int best_c[kBlock];
  bool changed = false;
  for (Eigen::Index start = 0; start < n; start += kBlock) {
    const Eigen::Index m = std::min(kBlock, n - start);
    for (Eigen::Index c = 0; c < k; ++c) {
      std::fill(dist, dist + m, 0.0);
      for (Eigen::Index j = 0; j < p; ++j) {
        const double cj = centers(c, j);
        const double* col = x.data() + j * n + start;
        for (Eigen::Index i = 0; i < m; ++i) {
          const double t = col[i] - cj;
          dist[i] += t * t;
        }
      }
      if (c == 0) {
        std::copy(dist, dist + m, best);
        std::fill(best_c, best_c + m, 0);
      } else {
        for (Eigen::Index i = 0; i < m; ++i)
          if (dist[i] < best[i]) best[i] = dist[i], best_c[i] = static_cast<int>(c);
      }
    }
    for (Eigen::Index i = 0; i < m; ++i) {
      int& slot = cluster[static_cast<size_t>(start + i)];
      if (slot != best_c[i]) slot = best_c[i], changed = true;
    }
  }
  return changed;
}

/// Moves each centre to its rows' mean, summed in row order as describe_partition() does.
/// Returns the number (0-based) of an empty cluster, or -1.
int move_centers(const Eigen::MatrixXd& x, const std::vector<int>& cluster, RowMajor& centers) {
  const Eigen::Index n = x.rows(), p = x.cols(), k = centers.rows();
  centers.setZero();
  std::vector<Eigen::Index> size(static_cast<size_t>(k), 0);
  for (Eigen::Index i = 0; i < n; ++i) ++size[static_cast<size_t>(cluster[static_cast<size_t>(i)])];
  for (Eigen::Index c = 0; c < k; ++c)
    if (size[static_cast<size_t>(c)] == 0) return static_cast<int>(c);
  for (Eigen::Index j = 0; j < p; ++j) {
    const double* col = x.data() + j * n;
    for (Eigen::Index i = 0; i < n; ++i) centers(cluster[static_cast<size_t>(i)], j) += col[i];
  }
  for (Eigen::Index c = 0; c < k; ++c)
    centers.row(c) /= static_cast<double>(size[static_cast<size_t>(c)]);
  return -1;
}

/// The outcome of Lloyd's iterations from one start.
struct LloydRun {
  std::vector<int> cluster;
  std::string failure;  // empty when converged
  int iterations = 0;
};

LloydRun run_lloyd(const Eigen::MatrixXd& x, RowMajor centers, int max_iterations) {
  const int k = static_cast<int>(centers.rows());
  LloydRun run;
  run.cluster.assign(static_cast<size_t>(x.rows()), -1);
  for (int iter = 1; iter <= max_iterations; ++iter) {
    if (!assign_to_nearest(x, centers, run.cluster)) {
      run.iterations = iter;
      return run;
    }
    // An empty cluster is the failure R reports as "empty cluster".
    if (int empty = move_centers(x, run.cluster, centers); empty >= 0) {
      run.failure =
          "cluster " + std::to_string(empty + 1) + " of " + std::to_string(k) + " is empty";
      return run;
    }
  }
  run.failure = "k-means did not converge in " + std::to_string(max_iterations) + " iterations";
  return run;
}

/// Adds the squared distances of every row of `x` to `center` into `out` (column by column).
void squared_distances(const Eigen::MatrixXd& x, const Eigen::RowVectorXd& center,
                       Eigen::VectorXd& out) {
  out.setZero();
  for (Eigen::Index j = 0; j < x.cols(); ++j)
    out.array() += (x.col(j).array() - center(j)).square();
}

}  // namespace

Partition kmeans_lloyd(const Eigen::MatrixXd& x, const Eigen::MatrixXd& start, int max_iterations,
                       int* iterations) {
  const int k = static_cast<int>(start.rows());
  require_clusterable(x, k);
  if (start.cols() != x.cols()) throw MethodError("k-means: starting centres have the wrong width");
  LloydRun run = run_lloyd(x, RowMajor(start), max_iterations);
  if (!run.failure.empty()) throw MethodError(run.failure);
  if (iterations) *iterations = run.iterations;
  return describe_partition(x, run.cluster, k);
}

Eigen::MatrixXd kmeans_plus_plus(const Eigen::MatrixXd& x, int k, std::mt19937_64& rng) {
  require_clusterable(x, k);
  const Eigen::Index n = x.rows();
  // sklearn's greedy k-means++: 2 + floor(ln k) candidates per centre, the one that lowers the
  // potential (sum of squared distances to the nearest centre) most wins, the first on ties.
  const int trials = 2 + static_cast<int>(std::log(static_cast<double>(k)));
  Eigen::MatrixXd centers(k, x.cols());
  Eigen::VectorXd closest(n), cumulative(n), candidate(n), best_candidate(n);
  // Row drawn with probability proportional to `closest`, by the cumulative sums.
  auto pick = [&](double u) {
    const double target = u * cumulative(n - 1);
    const double* begin = cumulative.data();
    Eigen::Index i = std::upper_bound(begin, begin + n, target) - begin;
    if (i < n) return i;
    for (i = n - 1; i > 0 && closest(i) == 0; --i) {  // rounding left target at the very end
    }
    return i;
  };
  centers.row(0) = x.row(static_cast<Eigen::Index>(uniform01(rng) * static_cast<double>(n)));
  squared_distances(x, centers.row(0), closest);
  for (int c = 1; c < k; ++c) {
    std::partial_sum(closest.data(), closest.data() + n, cumulative.data());
    // All rows sit on a centre already (fewer distinct rows than k): no start is possible.
    if (cumulative(n - 1) == 0) throw MethodError("k-means: fewer distinct rows than clusters");
    double best_potential = std::numeric_limits<double>::infinity();
    Eigen::Index best_row = 0;
    for (int t = 0; t < trials; ++t) {
      const Eigen::Index row = pick(uniform01(rng));
      squared_distances(x, x.row(row), candidate);
      candidate = candidate.cwiseMin(closest);
      const double potential = candidate.sum();
      if (potential < best_potential)
        best_potential = potential, best_row = row, best_candidate.swap(candidate);
    }
    centers.row(c) = x.row(best_row);
    closest.swap(best_candidate);
  }
  return centers;
}

Partition kmeans(const Eigen::MatrixXd& x, int k, const KMeansOptions& options) {
  require_clusterable(x, k);
  if (options.restarts < 1) throw MethodError("k-means needs at least one start");
  const int restarts = options.restarts;
  // Start r draws from its own engine seeded by (seed, r), so no start depends on which thread
  // ran the others, and the result is the serial one.
  std::vector<LloydRun> runs(static_cast<size_t>(restarts));
  std::vector<double> within(static_cast<size_t>(restarts),
                             std::numeric_limits<double>::infinity());
  std::vector<std::exception_ptr> errors(static_cast<size_t>(restarts));
  auto run_start = [&](int r) {
    try {
      std::seed_seq seq{static_cast<std::uint32_t>(options.seed),
                        static_cast<std::uint32_t>(options.seed >> 32),
                        static_cast<std::uint32_t>(r)};
      std::mt19937_64 rng(seq);
      LloydRun& run = runs[static_cast<size_t>(r)];
      run = run_lloyd(x, RowMajor(kmeans_plus_plus(x, k, rng)), options.max_iterations);
      if (run.failure.empty())
        within[static_cast<size_t>(r)] = describe_partition(x, run.cluster, k).within_ss.sum();
      else
        run.cluster.clear();
    } catch (...) {
      errors[static_cast<size_t>(r)] = std::current_exception();
    }
  };
  const double work = static_cast<double>(x.rows()) * static_cast<double>(x.cols()) * k;
  const int threads = std::min({restarts, options.threads, work >= kThreadWork ? 2 : 1});
  auto run_share = [&](int t) {
    for (int r = t; r < restarts; r += threads) run_start(r);
  };
  std::vector<std::thread> pool;
  std::vector<int> unstarted;  // shares whose thread the system refused: run here instead
  for (int t = 1; t < threads; ++t) {
    try {
      pool.emplace_back(run_share, t);
    } catch (const std::system_error&) {
      unstarted.push_back(t);
    }
  }
  run_share(0);
  for (int t : unstarted) run_share(t);
  for (auto& thread : pool) thread.join();
  for (const auto& error : errors)
    if (error) std::rethrow_exception(error);

  // The smallest within-SS wins, the earliest start on ties.
  int best = -1;
  for (int r = 0; r < restarts; ++r)
    if (!runs[static_cast<size_t>(r)].cluster.empty() &&
        (best < 0 || within[static_cast<size_t>(r)] < within[static_cast<size_t>(best)]))
      best = r;
  if (best < 0) throw MethodError("k-means: every start failed (" + runs.back().failure + ")");
  return describe_partition(x, runs[static_cast<size_t>(best)].cluster, k);
}

}  // namespace qala::stats
