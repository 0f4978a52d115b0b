// Qala's side of bench/compare_stats.py: reads the data the script wrote (bench/out/*.bin),
// times OLS, WLS (fit_linear_model with weights) and k-means (10 k-means++ restarts, k = 5, on
// the default 2 threads and on 1), and prints timings (median of several runs) and results as one
// JSON object on stdout.
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
#include <ctime>
#include <fstream>
#include <functional>
#include <limits>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

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

/// Median wall and process CPU time (all threads) of several runs, in seconds. The machine the
/// figures come from is shared: CPU time is the steadier measure when it is loaded.
struct Timing {
  double wall = 0, cpu = 0;
};

/// Runs `work` `runs` times and returns the median times.
Timing median_seconds(int runs, const std::function<void()>& work) {
  std::vector<double> wall, cpu;
  for (int r = 0; r < runs; ++r) {
    const auto start = std::chrono::steady_clock::now();
    const std::clock_t cpu_start = std::clock();
    work();
    cpu.push_back(static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC);
    wall.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  }
  std::sort(wall.begin(), wall.end());
  std::sort(cpu.begin(), cpu.end());
  return {wall[wall.size() / 2], cpu[cpu.size() / 2]};
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

std::string model_json(const LinearModel& m, Timing t) {
  std::vector<double> b, se;
  for (const auto& c : m.coefficients) b.push_back(c.estimate), se.push_back(c.standard_error);
  char buf[200];
  std::snprintf(buf, sizeof buf,
                "\"seconds\": %.6g, \"cpu_seconds\": %.6g, \"r2\": %.17g, \"ssr\": %.17g, ", t.wall,
                t.cpu, m.r2, m.residual.ss);
  return std::string("{") + buf + "\"params\": " + json_array(b) + ", \"bse\": " + json_array(se) +
         "}";
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
  const Timing ols_s = median_seconds(runs, [&] { ols = fit_linear_model(x, y, names); });
  const Timing wls_s = median_seconds(runs, [&] { wls = fit_linear_model(x, y, names, true, w); });

  const Eigen::MatrixXd points = read_matrix(dir + "/kmeans.bin");
  KMeansOptions options;
  options.restarts = 10;
  {  // The engine's 10 k-means++ starts (each start's own stream, as kmeans() seeds it), for
     // sklearn to run from.
    RowMajor starts(5 * options.restarts, points.cols());
    for (int r = 0; r < options.restarts; ++r) {
      std::seed_seq seq{static_cast<std::uint32_t>(options.seed),
                        static_cast<std::uint32_t>(options.seed >> 32),
                        static_cast<std::uint32_t>(r)};
      std::mt19937_64 rng(seq);
      starts.middleRows(5 * r, 5) = kmeans_plus_plus(points, 5, rng);
    }
    std::ofstream out(dir + "/kmeans_starts.bin", std::ios::binary);
    const std::int64_t dims[2] = {starts.rows(), starts.cols()};
    out.write(reinterpret_cast<const char*>(dims), sizeof dims);
    out.write(reinterpret_cast<const char*>(starts.data()),
              static_cast<std::streamsize>(sizeof(double) * static_cast<size_t>(starts.size())));
  }
  Partition part;
  const Timing km_s = median_seconds(runs, [&] { part = kmeans(points, 5, options); });
  std::vector<double> sizes;
  for (Eigen::Index c = 0; c < part.size.size(); ++c) sizes.push_back(part.size[c]);
  std::sort(sizes.begin(), sizes.end());

  KMeansOptions serial = options;
  serial.threads = 1;
  Partition serial_part;
  const Timing km1_s = median_seconds(runs, [&] { serial_part = kmeans(points, 5, serial); });
  std::printf(
      "{\"kmeans_1thread\": {\"seconds\": %.6g, \"cpu_seconds\": %.6g, \"same_partition\": %s},\n",
      km1_s.wall, km1_s.cpu, serial_part.cluster == part.cluster ? "true" : "false");
  std::printf(" \"runs\": %d,\n \"ols\": %s,\n \"wls\": %s,\n", runs,
              model_json(ols, ols_s).c_str(), model_json(wls, wls_s).c_str());
  std::printf(
      " \"kmeans\": {\"seconds\": %.6g, \"cpu_seconds\": %.6g, \"within_ss\": %.17g, \"sizes\": "
      "%s}}\n",
      km_s.wall, km_s.cpu, part.within_ss.sum(), json_array(sizes).c_str());
  return 0;
}
