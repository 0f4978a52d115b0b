#include "stats/descriptive.h"

#include <cmath>
#include <string>

#include "core/error.h"

namespace qala::stats {

void require_finite(const Eigen::VectorXd& x, const char* what) {
  for (Eigen::Index i = 0; i < x.size(); ++i)
    if (!std::isfinite(x[i]))
      throw MethodError(std::string(what) + ": value " + std::to_string(i + 1) +
                        " is missing or not finite");
}

double mean(const Eigen::VectorXd& x) {
  if (x.size() == 0) throw MethodError("mean of no values");
  return x.mean();
}

double sample_sd(const Eigen::VectorXd& x) {
  if (x.size() < 2) throw MethodError("a standard deviation needs at least 2 values");
  // Two passes: subtracting the mean first keeps the digits that a sum of squares would lose.
  double m = x.mean();
  return std::sqrt((x.array() - m).square().sum() / static_cast<double>(x.size() - 1));
}

Summary summarize(const Eigen::VectorXd& x) {
  require_finite(x, "summary statistics");
  Summary s;
  s.n = x.size();
  s.mean = mean(x);
  s.sd = sample_sd(x);
  s.min = x.minCoeff();
  s.max = x.maxCoeff();
  return s;
}

}  // namespace qala::stats
