#include "stats/quantile.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "core/error.h"
#include "stats/descriptive.h"

namespace qala::stats {
namespace {

/// The quantile of sorted values; `s[i]` is the (i+1)-th order statistic.
double sorted_quantile(const std::vector<double>& s, double p, int type) {
  if (!(p >= 0 && p <= 1))
    throw MethodError("quantile probability must be between 0 and 1, got " + std::to_string(p));
  const double n = static_cast<double>(s.size());
  // Order statistic j (1-based, clamped to 1..n) as the sample's value.
  auto at = [&](double j) {
    double c = std::clamp(j, 1.0, n);
    return s[static_cast<size_t>(c) - 1];
  };
  // R compares with a fuzz of 4 machine epsilons so p * n that "should" be whole is.
  const double fuzz = 4 * std::numeric_limits<double>::epsilon();
  if (type >= 1 && type <= 3) {
    double np = type == 3 ? n * p - 0.5 : n * p;
    double j = std::floor(np + fuzz);
    double h = 0;
    if (type == 1) h = np > j ? 1 : 0;
    if (type == 2) h = np > j ? 1 : 0.5;
    if (type == 3) h = (np != j || std::fmod(j, 2.0) == 1.0) ? 1 : 0;
    // h is 0, 0.5 or 1: x_j, the mean of x_j and x_{j+1}, or x_{j+1}.
    if (h == 0) return at(j);
    if (h == 1) return at(j + 1);
    return 0.5 * (at(j) + at(j + 1));
  }
  double a = 0, b = 0;
  switch (type) {
    case 4:
      a = 0, b = 1;
      break;
    case 5:
      a = 0.5, b = 0.5;
      break;
    case 6:
      a = 0, b = 0;
      break;
    case 7:
      a = 1, b = 1;
      break;
    case 8:
      a = 1.0 / 3, b = 1.0 / 3;
      break;
    case 9:
      a = 3.0 / 8, b = 3.0 / 8;
      break;
    default:
      throw MethodError("quantile type must be 1..9 (as R's quantile), got " +
                        std::to_string(type));
  }
  double position = a + p * (n + 1 - a - b);
  double j = std::floor(position + fuzz);
  double h = position - j;
  if (std::abs(h) < fuzz) h = 0;
  double lo = at(j), hi = at(j + 1);
  if (h == 0 || lo == hi) return lo;
  if (h == 1) return hi;
  return (1 - h) * lo + h * hi;
}

std::vector<double> sorted_values(const Eigen::VectorXd& x) {
  if (x.size() == 0) throw MethodError("quantile of no values");
  require_finite(x, "quantile");
  std::vector<double> s(x.data(), x.data() + x.size());
  std::sort(s.begin(), s.end());
  return s;
}

}  // namespace

double quantile(const Eigen::VectorXd& x, double p, int type) {
  return sorted_quantile(sorted_values(x), p, type);
}

Eigen::VectorXd quantiles(const Eigen::VectorXd& x, const Eigen::VectorXd& probs, int type) {
  std::vector<double> s = sorted_values(x);
  Eigen::VectorXd out(probs.size());
  for (Eigen::Index i = 0; i < probs.size(); ++i) out[i] = sorted_quantile(s, probs[i], type);
  return out;
}

}  // namespace qala::stats
