#pragma once
#include <Eigen/Dense>
#include <functional>

namespace qala::stats {

/// A smooth function to minimise: returns f(x) and writes its gradient into `gradient` (already
/// sized like x).
using Objective = std::function<double(const Eigen::VectorXd& x, Eigen::VectorXd& gradient)>;

struct BfgsOptions {
  int max_iterations = 1000;
  /// Stop when the largest gradient component is below this.
  double gradient_tolerance = 1e-10;
  /// Stop when an iteration lowers f by less than relative_tolerance * (|f| + relative_tolerance)
  /// (R's optim "reltol" rule).
  double relative_tolerance = 1e-14;
};

struct BfgsResult {
  Eigen::VectorXd x;
  double value = 0;
  Eigen::VectorXd gradient;
  int iterations = 0;
  int evaluations = 0;
  bool converged = false;  // a tolerance was met (not only the iteration limit)
};

/// Quasi-Newton minimisation by BFGS updates of the inverse Hessian (Nocedal and Wright,
/// "Numerical Optimization", 2nd ed., algorithm 6.1) with a line search satisfying the strong
/// Wolfe conditions (c1 = 1e-4, c2 = 0.9; their algorithms 3.5 and 3.6, with safeguarded
/// quadratic interpolation). The first step scales the identity by s'y / y'y (their 6.20); an
/// update with s'y <= 0 is skipped. Deterministic. Throws MethodError when f or its gradient is
/// not finite at the start.
BfgsResult bfgs(const Objective& f, const Eigen::VectorXd& x0, const BfgsOptions& options = {});

}  // namespace qala::stats
