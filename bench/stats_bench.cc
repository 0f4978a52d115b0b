// Timings of the regression engine on generated data: how long OLS (double QR with long double
// refinement, or long double pivoted QR for ill-conditioned designs), robust IRLS, trends and
// moments take as n and k grow. Prints one line per case.
#include <chrono>
#include <cmath>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

#include "stats/linear_model.h"
#include "stats/moments.h"
#include "stats/nonlinear_trend.h"
#include "stats/robust.h"
#include "stats/trend.h"

using namespace qala::stats;

namespace {

/// Deterministic design: smooth, non-collinear columns and a noisy response.
void make_data(Eigen::Index n, Eigen::Index k, Eigen::MatrixXd& x, Eigen::VectorXd& y) {
  x.resize(n, k);
  y.resize(n);
  for (Eigen::Index i = 0; i < n; ++i) {
    const auto t = static_cast<double>(i + 1);
    double sum = 1;
    for (Eigen::Index j = 0; j < k; ++j) {
      x(i, j) =
          std::sin(t * (0.37 + 0.11 * static_cast<double>(j))) + static_cast<double>(j) * 0.01 * t;
      sum += x(i, j) * static_cast<double>(j + 1);
    }
    y(i) = sum + std::sin(t * 2.71) * 0.5;
  }
}

std::vector<std::string> names_for(Eigen::Index k) {
  std::vector<std::string> names{"intercept"};
  for (Eigen::Index j = 0; j < k; ++j) names.push_back("x" + std::to_string(j + 1));
  return names;
}

/// Runs `work` until at least 0.2 s have passed and prints the mean time per run.
void time_case(const std::string& label, const std::function<double()>& work) {
  using clock = std::chrono::steady_clock;
  const auto start = clock::now();
  int runs = 0;
  double sink = 0;
  while (std::chrono::duration<double>(clock::now() - start).count() < 0.2) {
    sink += work();
    ++runs;
  }
  const double seconds = std::chrono::duration<double>(clock::now() - start).count() / runs;
  std::printf("%-36s %10.3f ms  (%d runs, check %.6g)\n", label.c_str(), seconds * 1e3, runs,
              sink / runs);
}

}  // namespace

int main() {
  for (auto [n, k] : std::vector<std::pair<Eigen::Index, Eigen::Index>>{
           {10, 2}, {100, 5}, {1000, 10}, {10000, 10}, {10000, 50}}) {
    Eigen::MatrixXd x;
    Eigen::VectorXd y;
    make_data(n, k, x, y);
    const auto names = names_for(k);
    const std::string size = "n=" + std::to_string(n) + " k=" + std::to_string(k);
    time_case("OLS " + size, [&] { return fit_linear_model(x, y, names).r2; });
    time_case("robust Huber " + size, [&] { return fit_robust(x, y, names).scale; });
  }
  Eigen::VectorXd t = Eigen::VectorXd::LinSpaced(1000, 1, 1000);
  Eigen::VectorXd y = (1000 * (0.002 * t.array()).exp() * (1 + 0.1 * t.array().sin())).matrix();
  time_case("trend exponential n=1000",
            [&] { return fit_trend(t, y, TrendFamily::kExponential).r2; });
  time_case("trend polynomial deg 6 n=1000",
            [&] { return fit_trend(t, y, TrendFamily::kPolynomial, 6).r2; });
  time_case("trend-nls exponential n=1000",
            [&] { return fit_trend_nonlinear(t, y, TrendFamily::kExponential).trend.r2; });
  Eigen::VectorXd big = Eigen::VectorXd::LinSpaced(1000000, 1e7, 1e7 + 1);
  time_case("standard deviation n=1e6", [&] { return standard_deviation(big); });
  return 0;
}
