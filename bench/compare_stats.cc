// Qala's side of bench/compare_stats.py: reads the data the script wrote (bench/out/*.bin),
// times OLS, WLS (fit_linear_model with weights) and k-means (10 k-means++ restarts, k = 5), and
// prints timings (median of several runs) and results as one JSON object on stdout.
//
// File format (written by compare_stats.py): int64 rows, int64 cols, then rows*cols little-endian
// doubles in row-major order.
//   regression.bin: columns x1..x10, y, w      kmeans.bin: the points
//
// Usage: compare_stats <out-dir> [runs]
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <functional>
#include <limits>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

#include <thread>

#include "stats/kmeans.h"
#include "stats/linear_model.h"
#include "stats/partition.h"

using namespace qala::stats;

namespace {

using RowMajor = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

Eigen::MatrixXd read_matrix(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot open " + path);
  std::int64_t dims[2];
  in.read(reinterpret_cast<char*>(dims), sizeof dims);
  RowMajor m(dims[0], dims[1]);
  in.read(reinterpret_cast<char*>(m.data()),
          static_cast<std::streamsize>(sizeof(double) * static_cast<size_t>(m.size())));
  if (!in) throw std::runtime_error("short read in " + path);
  return Eigen::MatrixXd(m);
}

/// Runs `work` `runs` times and returns the median wall time in seconds.
double median_seconds(int runs, const std::function<void()>& work) {
  std::vector<double> t;
  for (int r = 0; r < runs; ++r) {
    const auto start = std::chrono::steady_clock::now();
    work();
    t.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  }
  std::sort(t.begin(), t.end());
  return t[t.size() / 2];
}

std::string json_array(const std::vector<double>& v) {
  std::string s = "[";
  char buf[40];
  for (size_t i = 0; i < v.size(); ++i) {
    std::snprintf(buf, sizeof buf, "%s%.17g", i ? ", " : "", v[i]);
    s += buf;
  }
  return s + "]";
}

std::string model_json(const LinearModel& m, double seconds) {
  std::vector<double> b, se;
  for (const auto& c : m.coefficients) b.push_back(c.estimate), se.push_back(c.standard_error);
  char buf[200];
  std::snprintf(buf, sizeof buf, "\"seconds\": %.6g, \"r2\": %.17g, \"ssr\": %.17g, ", seconds,
                m.r2, m.residual.ss);
  return std::string("{") + buf + "\"params\": " + json_array(b) + ", \"bse\": " + json_array(se) +
         "}";
}

// ---- Experiments, bench only: the same algorithms as the engine with faster arithmetic. ----

/// What the comparison needs of a fit.
struct FastFit {
  Eigen::VectorXd b, se;
  double r2 = 0, ssr = 0;
};

/// solve_least_squares' algorithm (weighted two-pass means, centring, unit-length scaling, QR of
/// the scaled design, one step of iterative refinement) in double with Eigen's blocked,
/// vectorised Householder QR instead of long double column-pivoted QR. The refinement residual
/// and the sums of squares are still accumulated in long double. No rank check beyond R's
/// diagonal: an experiment, not a replacement.
FastFit fast_linear_model(const Eigen::MatrixXd& x, const Eigen::VectorXd& y,
                          const Eigen::VectorXd& w_in) {
  const Eigen::Index n = x.rows(), k = x.cols(), p = k + 1;
  const Eigen::VectorXd w = w_in.size() ? w_in : Eigen::VectorXd::Ones(n);
  const Eigen::VectorXd sw = w.cwiseSqrt();
  const double wsum = w.sum();
  auto wmean = [&](const auto& v) {
    double m = w.dot(v) / wsum;
    return m + w.dot((v.array() - m).matrix()) / wsum;
  };
  Eigen::VectorXd xm(k);
  for (Eigen::Index j = 0; j < k; ++j) xm(j) = wmean(x.col(j));
  const double ym = wmean(y);
  Eigen::MatrixXd d(n, k);
  Eigen::VectorXd scale(k);
  for (Eigen::Index j = 0; j < k; ++j) {
    d.col(j) = sw.cwiseProduct((x.col(j).array() - xm(j)).matrix());
    scale(j) = d.col(j).norm();
    d.col(j) /= scale(j);
  }
  const Eigen::VectorXd r = sw.cwiseProduct((y.array() - ym).matrix());
  Eigen::HouseholderQR<Eigen::MatrixXd> qr(d);
  Eigen::VectorXd b = qr.solve(r);
  Eigen::VectorXd res(n);
  for (Eigen::Index i = 0; i < n; ++i) {
    long double s = r(i);
    for (Eigen::Index j = 0; j < k; ++j) s -= static_cast<long double>(d(i, j)) * b(j);
    res(i) = static_cast<double>(s);
  }
  b += qr.solve(res);
  const Eigen::MatrixXd rr = qr.matrixQR().topLeftCorner(k, k).triangularView<Eigen::Upper>();
  const Eigen::MatrixXd rinv =
      rr.triangularView<Eigen::Upper>().solve(Eigen::MatrixXd::Identity(k, k));
  Eigen::MatrixXd cov = rinv * rinv.transpose();
  const Eigen::VectorXd slopes = b.cwiseQuotient(scale);
  cov = scale.cwiseInverse().asDiagonal() * cov * scale.cwiseInverse().asDiagonal();
  const double b0 = ym - xm.dot(slopes);
  long double rss = 0, mss = 0;
  for (Eigen::Index i = 0; i < n; ++i) {
    long double f = b0;
    for (Eigen::Index j = 0; j < k; ++j) f += static_cast<long double>(x(i, j)) * slopes(j);
    const long double e = y(i) - f, df = f - ym;
    rss += w(i) * e * e;
    mss += w(i) * df * df;
  }
  const double s2 = static_cast<double>(rss) / static_cast<double>(n - p);
  FastFit out;
  out.b.resize(p);
  out.se.resize(p);
  out.b(0) = b0;
  out.b.tail(k) = slopes;
  out.se(0) = std::sqrt((1 / wsum + xm.dot(cov * xm)) * s2);
  for (Eigen::Index j = 0; j < k; ++j) out.se(1 + j) = std::sqrt(cov(j, j) * s2);
  out.r2 = static_cast<double>(mss / (mss + rss));
  out.ssr = static_cast<double>(rss);
  return out;
}

/// kmeans()' algorithm with the engine's own k-means++ starts (same std::mt19937_64 stream, so
/// the same starts) and the engine's Lloyd rule (nearest centre, ties to the lower number, stop
/// when no row moves, centres summed in row order), but on a row-major copy without per-row
/// temporaries, the assignment step split over `threads` threads. The winner is described by the
/// engine's describe_partition, so its numbers are the engine's.
Partition fast_kmeans(const Eigen::MatrixXd& x, int k, const KMeansOptions& options, int threads) {
  const RowMajor xr = x;
  const Eigen::Index n = x.rows(), pdim = x.cols();
  std::mt19937_64 rng(options.seed);
  std::vector<int> best;
  double best_ss = std::numeric_limits<double>::infinity();
  std::vector<int> cluster(static_cast<size_t>(n));
  for (int restart = 0; restart < options.restarts; ++restart) {
    RowMajor centers = kmeans_plus_plus(x, k, rng);
    std::fill(cluster.begin(), cluster.end(), -1);
    bool converged = false, empty = false;
    for (int iter = 1; iter <= options.max_iterations && !converged && !empty; ++iter) {
      std::vector<char> changed(static_cast<size_t>(threads), 0);
      auto assign = [&](int t) {
        const Eigen::Index lo = n * t / threads, hi = n * (t + 1) / threads;
        for (Eigen::Index i = lo; i < hi; ++i) {
          const double* row = xr.data() + i * pdim;
          int bc = 0;
          double bd = std::numeric_limits<double>::infinity();
          for (int c = 0; c < k; ++c) {
            const double* ctr = centers.data() + c * pdim;
            double dd = 0;
            for (Eigen::Index j = 0; j < pdim; ++j) dd += (ctr[j] - row[j]) * (ctr[j] - row[j]);
            if (dd < bd) bd = dd, bc = c;
          }
          if (bc != cluster[static_cast<size_t>(i)])
            cluster[static_cast<size_t>(i)] = bc, changed[t] = 1;
        }
      };
      std::vector<std::thread> pool;
      for (int t = 1; t < threads; ++t) pool.emplace_back(assign, t);
      assign(0);
      for (auto& th : pool) th.join();
      converged = std::count(changed.begin(), changed.end(), 1) == 0;
      if (converged) break;
      RowMajor sums = RowMajor::Zero(k, pdim);
      std::vector<Eigen::Index> size(static_cast<size_t>(k), 0);
      for (Eigen::Index i = 0; i < n; ++i) {
        const int c = cluster[static_cast<size_t>(i)];
        sums.row(c) += xr.row(i);
        ++size[static_cast<size_t>(c)];
      }
      for (int c = 0; c < k; ++c) {
        if (size[static_cast<size_t>(c)] == 0) empty = true;
        centers.row(c) = sums.row(c) / static_cast<double>(size[static_cast<size_t>(c)]);
      }
    }
    if (!converged) continue;
    // The engine's within-SS of this partition, computed as kmeans() does.
    const double ss = describe_partition(x, cluster, k).within_ss.sum();
    if (ss < best_ss) best_ss = ss, best = cluster;
  }
  return describe_partition(x, best, k);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s <out-dir> [runs]\n", argv[0]);
    return 2;
  }
  const std::string dir = argv[1];
  const int runs = argc > 2 ? std::stoi(argv[2]) : 5;

  const Eigen::MatrixXd reg = read_matrix(dir + "/regression.bin");
  const Eigen::Index k = reg.cols() - 2;
  const Eigen::MatrixXd x = reg.leftCols(k);
  const Eigen::VectorXd y = reg.col(k);
  const Eigen::VectorXd w = reg.col(k + 1);
  std::vector<std::string> names{"const"};
  for (Eigen::Index j = 0; j < k; ++j)
    names.push_back(std::string("x").append(std::to_string(j + 1)));

  LinearModel ols, wls;
  const double ols_s = median_seconds(runs, [&] { ols = fit_linear_model(x, y, names); });
  const double wls_s = median_seconds(runs, [&] { wls = fit_linear_model(x, y, names, true, w); });

  const Eigen::MatrixXd points = read_matrix(dir + "/kmeans.bin");
  KMeansOptions options;
  options.restarts = 10;
  {  // The engine's 10 k-means++ starts (the stream kmeans() draws), for sklearn to run from.
    std::mt19937_64 rng(options.seed);
    RowMajor starts(5 * options.restarts, points.cols());
    for (int r = 0; r < options.restarts; ++r)
      starts.middleRows(5 * r, 5) = kmeans_plus_plus(points, 5, rng);
    std::ofstream out(dir + "/kmeans_starts.bin", std::ios::binary);
    const std::int64_t dims[2] = {starts.rows(), starts.cols()};
    out.write(reinterpret_cast<const char*>(dims), sizeof dims);
    out.write(reinterpret_cast<const char*>(starts.data()),
              static_cast<std::streamsize>(sizeof(double) * static_cast<size_t>(starts.size())));
  }
  Partition part;
  const double km_s = median_seconds(runs, [&] { part = kmeans(points, 5, options); });
  std::vector<double> sizes;
  for (Eigen::Index c = 0; c < part.size.size(); ++c) sizes.push_back(part.size[c]);
  std::sort(sizes.begin(), sizes.end());

  FastFit fols, fwls;
  const double fols_s = median_seconds(runs, [&] { fols = fast_linear_model(x, y, {}); });
  const double fwls_s = median_seconds(runs, [&] { fwls = fast_linear_model(x, y, w); });
  auto fast_json = [](const FastFit& f, double s) {
    char buf[200];
    std::snprintf(buf, sizeof buf, "{\"seconds\": %.6g, \"r2\": %.17g, \"ssr\": %.17g, ", s, f.r2,
                  f.ssr);
    return buf + ("\"params\": " + json_array({f.b.data(), f.b.data() + f.b.size()})) +
           ", \"bse\": " + json_array({f.se.data(), f.se.data() + f.se.size()}) + "}";
  };
  const int threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  Partition fpart;
  const double fkm1_s = median_seconds(runs, [&] { fpart = fast_kmeans(points, 5, options, 1); });
  const double fkm_s =
      median_seconds(runs, [&] { fpart = fast_kmeans(points, 5, options, threads); });
  std::printf("{\"fast_ols\": %s,\n \"fast_wls\": %s,\n", fast_json(fols, fols_s).c_str(),
              fast_json(fwls, fwls_s).c_str());
  std::printf(
      " \"fast_kmeans\": {\"seconds_1thread\": %.6g, \"seconds\": %.6g, \"threads\": %d, "
      "\"within_ss\": %.17g, \"same_partition\": %s},\n",
      fkm1_s, fkm_s, threads, fpart.within_ss.sum(),
      fpart.cluster == part.cluster ? "true" : "false");

  std::printf(" \"runs\": %d,\n \"ols\": %s,\n \"wls\": %s,\n", runs,
              model_json(ols, ols_s).c_str(), model_json(wls, wls_s).c_str());
  std::printf(" \"kmeans\": {\"seconds\": %.6g, \"within_ss\": %.17g, \"sizes\": %s}}\n", km_s,
              part.within_ss.sum(), json_array(sizes).c_str());
  return 0;
}
