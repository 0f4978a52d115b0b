#pragma once
#include <Eigen/Dense>
#include <string>
#include <vector>

namespace qala::stats {

/// Weights for weighted least squares built from a variable, for the usual ways papers describe
/// them ("an inverse variance of this variable is weighted").
enum class WeightRule {
  kAsIs,             ///< w = v
  kInverse,          ///< w = 1 / v
  kInverseSquare,    ///< w = 1 / v^2
  kInverseVariance,  ///< w = 1 / (sample variance of v within the observation's group)
};

/// The weights `rule` makes of `values`. `groups` (one key per value) is used by
/// kInverseVariance only. Throws MethodError naming the observation or group when a weight would
/// be zero, negative, infinite or undefined (a group with one member or no spread).
Eigen::VectorXd make_weights(const Eigen::VectorXd& values, WeightRule rule,
                             const std::vector<std::string>& groups = {});

}  // namespace qala::stats
