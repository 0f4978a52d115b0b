#include "stats/correlation.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

#include "core/error.h"
#include "stats/distributions.h"

namespace qala::stats {

Eigen::MatrixXd correlation_matrix(const Eigen::MatrixXd& x) {
  if (x.rows() < 2) throw MethodError("correlation needs at least 2 rows");
  if (!x.allFinite()) throw MethodError("correlation: the data hold a missing or infinite value");
  Eigen::MatrixXd centred = x.rowwise() - x.colwise().mean();
  Eigen::VectorXd norm = centred.colwise().norm();
  for (Eigen::Index j = 0; j < x.cols(); ++j)
    if (norm[j] == 0)
      throw MethodError("column " + std::to_string(j + 1) +
                        " is constant: its correlations are undefined");
  Eigen::MatrixXd r = (centred.transpose() * centred).array() / (norm * norm.transpose()).array();
  // Rounding can push |r| a hair past 1; a correlation never is.
  r = r.cwiseMax(-1.0).cwiseMin(1.0);
  r.diagonal().setOnes();
  return r;
}

CorrelationTest correlation_test(const Eigen::VectorXd& x, const Eigen::VectorXd& y) {
  if (x.size() != y.size()) throw MethodError("correlation: the variables differ in length");
  if (x.size() < 3) throw MethodError("a correlation test needs at least 3 pairs");
  Eigen::MatrixXd xy(x.size(), 2);
  xy << x, y;
  CorrelationTest out;
  out.r = correlation_matrix(xy)(0, 1);
  out.df = static_cast<double>(x.size() - 2);
  if (std::abs(out.r) == 1) {
    out.t = std::copysign(std::numeric_limits<double>::infinity(), out.r);
    out.p = 0;
  } else {
    out.t = out.r * std::sqrt(out.df / (1 - out.r * out.r));
    out.p = t_two_sided_p(out.t, out.df);
  }
  return out;
}

}  // namespace qala::stats
