#pragma once
#include <Eigen/Dense>
#include <vector>

namespace qala::stats {

/// How indicators measured in different units are brought onto one scale before they are added
/// up (paper 000, stage 2).
enum class Standardization {
  kZScore,       // (x - mean) / sd, sd with n - 1 (as R's scale())
  kMinMax,       // (x - min) / (max - min), in [0, 1]
  kRatioToMean,  // x / mean
};

/// Standardises each column of `x`. A column marked in `reverse` is an indicator where less is
/// better (unemployment): it is mirrored so that higher is better after standardisation —
/// -z, (max - x) / (max - min), or mean / x. `reverse` is empty or has one entry per column.
/// Throws MethodError naming the column index on a constant column (z, min-max), a zero mean
/// (ratio), a zero value in a reversed ratio column, a NaN, or fewer than two rows.
Eigen::MatrixXd standardize(const Eigen::MatrixXd& x, Standardization how,
                            const std::vector<bool>& reverse = {});

/// The weighted additive composite index of paper 000, formula (1): I_r = sum_i P_ri * V_i,
/// P the standardised indicators (rows = towns), V the weights (one per column).
Eigen::VectorXd composite_index(const Eigen::MatrixXd& standardized,
                                const Eigen::VectorXd& weights);

}  // namespace qala::stats
