#pragma once
#include <Eigen/Dense>

namespace qala::stats {

/// The summary row papers print per variable (paper 002, Table 2): n, mean, standard deviation
/// with n - 1 in the denominator (as R's sd()), minimum and maximum.
struct Summary {
  Eigen::Index n = 0;
  double mean = 0;
  double sd = 0;
  double min = 0;
  double max = 0;
};

/// Summarises `x` (mean and sd from stats/moments.h). Throws MethodError on fewer than two values
/// or a NaN (missing values are removed by the caller, who knows the policy).
Summary summarize(const Eigen::VectorXd& x);

/// Throws MethodError naming `what` when `x` holds a NaN or an infinity.
void require_finite(const Eigen::VectorXd& x, const char* what);

}  // namespace qala::stats
