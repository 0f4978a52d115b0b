#include "stats/descriptive.h"

#include <cmath>
#include <string>

#include "core/error.h"
#include "stats/moments.h"

namespace qala::stats {

void require_finite(const Eigen::VectorXd& x, const char* what) {
  for (Eigen::Index i = 0; i < x.size(); ++i)
    if (!std::isfinite(x[i]))
      throw MethodError(std::string(what) + ": value " + std::to_string(i + 1) +
                        " is missing or not finite");
}

Summary summarize(const Eigen::VectorXd& x) {
  require_finite(x, "summary statistics");
  Summary s;
  s.n = x.size();
  s.mean = mean(x);
  if (x.size() < 2) throw MethodError("a standard deviation needs at least 2 values");
  s.sd = standard_deviation(x);
  s.min = x.minCoeff();
  s.max = x.maxCoeff();
  return s;
}

}  // namespace qala::stats
