#include "stats/weights.h"

#include <cmath>
#include <map>

#include "core/error.h"
#include "stats/moments.h"

namespace qala::stats {

Eigen::VectorXd make_weights(const Eigen::VectorXd& values, WeightRule rule,
                             const std::vector<std::string>& groups) {
  const Eigen::Index n = values.size();
  Eigen::VectorXd w(n);
  if (rule == WeightRule::kInverseVariance) {
    if (static_cast<Eigen::Index>(groups.size()) != n)
      throw MethodError("inverse-variance weights need one group key per observation");
    std::map<std::string, std::vector<double>> members;
    for (Eigen::Index i = 0; i < n; ++i) members[groups[i]].push_back(values(i));
    std::map<std::string, double> inverse;
    for (const auto& [key, v] : members) {
      if (v.size() < 2)
        throw MethodError("group '" + key + "' has one observation: its variance is undefined");
      double var = variance(
          Eigen::Map<const Eigen::VectorXd>(v.data(), static_cast<Eigen::Index>(v.size())));
      if (!(var > 0))
        throw MethodError("the values of group '" + key +
                          "' do not vary: an inverse-variance weight is infinite");
      inverse[key] = 1 / var;
    }
    for (Eigen::Index i = 0; i < n; ++i) w(i) = inverse[groups[i]];
    return w;
  }
  for (Eigen::Index i = 0; i < n; ++i) {
    const double v = values(i);
    switch (rule) {
      case WeightRule::kAsIs:
        w(i) = v;
        break;
      case WeightRule::kInverse:
        w(i) = 1 / v;
        break;
      case WeightRule::kInverseSquare:
        w(i) = 1 / (v * v);
        break;
      case WeightRule::kInverseVariance:
        break;
    }
    if (!(w(i) > 0) || !std::isfinite(w(i)))
      throw MethodError("observation " + std::to_string(i + 1) + " gets weight " +
                        std::to_string(w(i)) + " from value " + std::to_string(v) +
                        "; weights must be positive and finite");
  }
  return w;
}

}  // namespace qala::stats
