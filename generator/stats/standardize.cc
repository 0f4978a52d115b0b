#include "stats/standardize.h"

#include <string>

#include "core/error.h"
#include "stats/descriptive.h"
#include "stats/moments.h"

namespace qala::stats {
namespace {

std::string column_name(Eigen::Index j) { return "column " + std::to_string(j + 1); }

}  // namespace

Eigen::MatrixXd standardize(const Eigen::MatrixXd& x, Standardization how,
                            const std::vector<bool>& reverse) {
  if (x.rows() < 2) throw MethodError("standardisation needs at least 2 rows");
  if (!reverse.empty() && static_cast<Eigen::Index>(reverse.size()) != x.cols())
    throw MethodError("standardisation: one 'reverse' flag per column expected");
  Eigen::MatrixXd out(x.rows(), x.cols());
  for (Eigen::Index j = 0; j < x.cols(); ++j) {
    Eigen::VectorXd v = x.col(j);
    require_finite(v, "standardisation");
    bool rev = !reverse.empty() && reverse[static_cast<size_t>(j)];
    switch (how) {
      case Standardization::kZScore: {
        double sd = standard_deviation(v);
        if (sd == 0) throw MethodError(column_name(j) + " is constant: its z-scores are undefined");
        out.col(j) = (v.array() - mean(v)) / sd * (rev ? -1.0 : 1.0);
        break;
      }
      case Standardization::kMinMax: {
        double lo = v.minCoeff(), hi = v.maxCoeff();
        if (hi == lo)
          throw MethodError(column_name(j) + " is constant: min-max scaling divides by 0");
        if (rev)
          out.col(j) = (hi - v.array()) / (hi - lo);
        else
          out.col(j) = (v.array() - lo) / (hi - lo);
        break;
      }
      case Standardization::kRatioToMean: {
        double m = mean(v);
        if (m == 0)
          throw MethodError(column_name(j) + " has mean 0: the ratio to the mean is undefined");
        if (rev && (v.array() == 0).any())
          throw MethodError(column_name(j) +
                            " holds a 0: its reversed ratio (mean / x) is undefined");
        if (rev)
          out.col(j) = m / v.array();
        else
          out.col(j) = v.array() / m;
        break;
      }
    }
  }
  return out;
}

Eigen::VectorXd composite_index(const Eigen::MatrixXd& standardized,
                                const Eigen::VectorXd& weights) {
  if (weights.size() != standardized.cols())
    throw MethodError("composite index: " + std::to_string(weights.size()) + " weights for " +
                      std::to_string(standardized.cols()) + " indicators");
  return standardized * weights;
}

}  // namespace qala::stats
