#include "stats/moments.h"

#include <cmath>
#include <string>

#include "core/error.h"

namespace qala::stats {
namespace {

void require_sample(const Eigen::VectorXd& y, Eigen::Index minimum, const char* what) {
  if (y.size() < minimum)
    throw MethodError(std::string(what) + " needs at least " + std::to_string(minimum) +
                      " values, got " + std::to_string(y.size()));
  for (Eigen::Index i = 0; i < y.size(); ++i)
    if (!std::isfinite(y(i)))
      throw MethodError(std::string(what) + ": value " + std::to_string(i + 1) +
                        " is missing or infinite");
}

/// Sum of squared deviations from the mean, with the correction term of the two-pass algorithm.
long double centred_ss(const Eigen::VectorXd& y, long double m) {
  long double ss = 0, sum = 0;
  for (Eigen::Index i = 0; i < y.size(); ++i) {
    long double d = y(i) - m;
    ss += d * d;
    sum += d;
  }
  return ss - sum * sum / static_cast<long double>(y.size());
}

}  // namespace

long double mean_long(const Eigen::VectorXd& y) {
  require_sample(y, 1, "the mean");
  long double sum = 0;
  for (Eigen::Index i = 0; i < y.size(); ++i) sum += y(i);
  const auto n = static_cast<long double>(y.size());
  long double m = sum / n;
  // Second pass: the mean of the deviations corrects the rounding of the first.
  long double correction = 0;
  for (Eigen::Index i = 0; i < y.size(); ++i) correction += y(i) - m;
  return m + correction / n;
}

double mean(const Eigen::VectorXd& y) { return static_cast<double>(mean_long(y)); }

double variance(const Eigen::VectorXd& y) {
  require_sample(y, 2, "the variance");
  return static_cast<double>(centred_ss(y, mean_long(y)) / static_cast<long double>(y.size() - 1));
}

double standard_deviation(const Eigen::VectorXd& y) { return std::sqrt(variance(y)); }

double lag1_autocorrelation(const Eigen::VectorXd& y) {
  require_sample(y, 2, "the autocorrelation");
  const long double m = mean_long(y);
  long double num = 0;
  for (Eigen::Index t = 1; t < y.size(); ++t) num += (y(t) - m) * (y(t - 1) - m);
  const long double den = centred_ss(y, m);
  if (den == 0) throw MethodError("the autocorrelation of a constant series is undefined");
  return static_cast<double>(num / den);
}

}  // namespace qala::stats
